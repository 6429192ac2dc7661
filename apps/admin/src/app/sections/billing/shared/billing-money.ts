import { LineDiscountDto, MoneyView } from '@billing/billing/contracts';
import { formatScaledDecimal, groupThousands, parseScaledDecimal, ParseResult } from '../../setup/shared/decimal-text';
import { currencyExponent, formatMoney, minorToMoneyText, parseMoneyText } from '../../setup/shared/money-text';

/**
 * Money, hours and percentages between what a person types and what the API takes, all in integers: minor units by
 * the currency's digits (EUR 2, JPY 0, KWD 3), seconds, basis points. No floating point anywhere.
 */
export type { ParseResult };
export { currencyExponent };

/** `{ 125050, EUR }` -> "EUR 1,250.50"; `{ 1500, JPY }` -> "JPY 1,500"; `{ 1500, KWD }` -> "KWD 1.500". */
export function moneyLabel(money: MoneyView | null | undefined): string {
  return money ? formatMoney(money.amountMinor, money.currency) : '—';
}

/** "1,250.50" in EUR -> 125050; "1.5" in JPY is refused (no minor digits). */
export function parseMoney(text: string, currency: string): ParseResult {
  return parseMoneyText(text, currency);
}

/** 125050 in EUR -> "1250.50", the text an input starts with. */
export function moneyInputText(amountMinor: number, currency: string): string {
  return minorToMoneyText(amountMinor, currency);
}

/** Hours with two decimals, half up: 5400 s -> "1.50", 1000 s -> "0.28". */
export function hoursLabel(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const hundredths = Math.floor((2 * Math.abs(seconds) + 36) / 72);
  return `${sign}${groupThousands(formatScaledDecimal(hundredths, 2))}`;
}

/** "1.5" hours -> 5400 s; at most two decimals, so the seconds are always whole (0.01 h = 36 s). */
export function parseHours(text: string): ParseResult {
  const parsed = parseScaledDecimal(text, 2);
  return parsed.ok ? { ok: true, value: parsed.value * 36 } : parsed;
}

/** "12.5" % -> 1250 basis points; at most 100 %. */
export function parsePercent(text: string): ParseResult {
  const parsed = parseScaledDecimal(text, 2);
  if (parsed.ok && parsed.value > 10_000) {
    return { ok: false, reason: 'At most 100 %' };
  }
  return parsed;
}

/** 1250 basis points -> "12.5". */
export function percentText(basisPoints: number): string {
  return formatScaledDecimal(basisPoints, 2).replace(/\.?0+$/, '');
}

/** A line's discount as a person reads it: "10 %" or "EUR 50.00". */
export function discountLabel(discount: LineDiscountDto | null, currency: string): string {
  if (!discount) {
    return '—';
  }
  return discount.kind === 'percent' ? `${percentText(discount.basisPoints)} %` : formatMoney(discount.amountMinor, currency);
}

export type DiscountKind = 'none' | 'percent' | 'amount';

/** The discount form's kind and text -> the API's discount (null removes it), or why the text is refused. */
export function parseDiscount(kind: DiscountKind, text: string, currency: string): { ok: true; value: LineDiscountDto | null } | { ok: false; reason: string } {
  if (kind === 'none') {
    return { ok: true, value: null };
  }
  if (kind === 'percent') {
    const parsed = parsePercent(text);
    return parsed.ok ? { ok: true, value: { kind: 'percent', basisPoints: parsed.value } } : parsed;
  }
  const parsed = parseMoney(text, currency);
  return parsed.ok ? { ok: true, value: { kind: 'amount', amountMinor: parsed.value } } : parsed;
}

/** The discount form's starting text for a line's discount. */
export function discountInputText(discount: LineDiscountDto | null, currency: string): string {
  if (!discount) {
    return '';
  }
  return discount.kind === 'percent' ? percentText(discount.basisPoints) : moneyInputText(discount.amountMinor, currency);
}

/** The rate field's hint: how many decimals this currency takes. */
export function moneyDigitsHint(currency: string): string {
  const digits = currencyExponent(currency);
  return digits === 0 ? `${currency} has no decimals` : `${currency}, up to ${digits} decimals`;
}
