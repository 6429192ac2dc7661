import { isCurrencyCode, minorUnitExponent } from '@billing/shared/kernel';
import { formatScaledDecimal, groupThousands, parseScaledDecimal, ParseResult } from './decimal-text';

/** Decimals of the currency's minor unit (EUR 2, JPY 0, KWD 3), from the same table the server uses. */
export function currencyExponent(currency: string): number {
  return isCurrencyCode(currency) ? minorUnitExponent(currency) : 2;
}

/** "1,250.50" in EUR -> 125050 minor units. */
export function parseMoneyText(text: string, currency: string): ParseResult {
  return parseScaledDecimal(text, currencyExponent(currency));
}

/** 125050 in EUR -> "1250.50", ready to edit. */
export function minorToMoneyText(amountMinor: number, currency: string): string {
  return formatScaledDecimal(amountMinor, currencyExponent(currency));
}

/** 125050 in EUR -> "EUR 1,250.50", for tables. */
export function formatMoney(amountMinor: number, currency: string): string {
  return `${currency} ${groupThousands(minorToMoneyText(amountMinor, currency))}`;
}
