import { ValidationError } from '../errors/domain-errors';
import { CurrencyCode, minorUnitExponent, parseCurrencyCode } from './currency';
import {
  assertSafeInteger,
  divideRoundHalfUp,
  toSafeInteger,
} from './rounding';

/**
 * An amount of money: integer minor units (cents) plus an ISO 4217 currency.
 *
 * Representation choice: `amountMinor` is a `number` guarded by Number.isSafeInteger rather than a bigint.
 * Events and read models are JSON, where bigint does not serialise; the safe range (9.007e15 minor units,
 * about 90 trillion EUR) is far above any invoice. Products that may overflow (seconds x rate, amount x basis
 * points) are computed in bigint and checked on the way back.
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

export function money(
  amountMinor: number,
  currency: CurrencyCode | string,
): Money {
  const code = parseCurrencyCode(currency);
  if (!Number.isSafeInteger(amountMinor)) {
    throw ValidationError.single(
      'amountMinor',
      `must be a safe integer number of minor units, got ${amountMinor}`,
    );
  }
  return { amountMinor: amountMinor === 0 ? 0 : amountMinor, currency: code };
}

export function zeroMoney(currency: CurrencyCode): Money {
  return money(0, currency);
}

export class CurrencyMismatchError extends RangeError {
  constructor(left: CurrencyCode, right: CurrencyCode) {
    super(`Currency mismatch: ${left} vs ${right}`);
    this.name = 'CurrencyMismatchError';
  }
}

function assertSameCurrency(left: Money, right: Money): void {
  if (left.currency !== right.currency) {
    throw new CurrencyMismatchError(left.currency, right.currency);
  }
}

export function addMoney(left: Money, right: Money): Money {
  assertSameCurrency(left, right);
  return money(
    toSafeInteger(BigInt(left.amountMinor) + BigInt(right.amountMinor), 'sum'),
    left.currency,
  );
}

export function subtractMoney(left: Money, right: Money): Money {
  assertSameCurrency(left, right);
  return money(
    toSafeInteger(
      BigInt(left.amountMinor) - BigInt(right.amountMinor),
      'difference',
    ),
    left.currency,
  );
}

export function negateMoney(value: Money): Money {
  return money(-value.amountMinor, value.currency);
}

/** Sum of several amounts of one currency; an empty list sums to zero of `currency`. */
export function sumMoney(
  values: readonly Money[],
  currency: CurrencyCode,
): Money {
  return values.reduce(
    (total, value) => addMoney(total, value),
    zeroMoney(currency),
  );
}

export function isNegativeMoney(value: Money): boolean {
  return value.amountMinor < 0;
}

export function compareMoney(left: Money, right: Money): -1 | 0 | 1 {
  assertSameCurrency(left, right);
  return left.amountMinor === right.amountMinor
    ? 0
    : left.amountMinor < right.amountMinor
      ? -1
      : 1;
}

export function moneyEquals(left: Money, right: Money): boolean {
  return (
    left.currency === right.currency && left.amountMinor === right.amountMinor
  );
}

/**
 * Minor units for `seconds` of work at `rateMinorPerHour`:
 * round-half-up(seconds x rate / 3600), in integer arithmetic. Negative inputs round half away from zero.
 */
export function amountForSeconds(
  rateMinorPerHour: number,
  seconds: number,
): number {
  assertSafeInteger(rateMinorPerHour, 'rateMinorPerHour');
  assertSafeInteger(seconds, 'seconds');
  return toSafeInteger(
    divideRoundHalfUp(BigInt(seconds) * BigInt(rateMinorPerHour), 3600n),
    'amount',
  );
}

/** Money for `seconds` of work at an hourly rate given as Money; the result has the rate's currency. */
export function moneyForSeconds(hourlyRate: Money, seconds: number): Money {
  return money(
    amountForSeconds(hourlyRate.amountMinor, seconds),
    hourlyRate.currency,
  );
}

/** round-half-up(amount x bps / 10000); 1 basis point = 0.01 %. Used for tax and percentage discounts. */
export function applyBasisPoints(amount: Money, basisPoints: number): Money {
  assertSafeInteger(basisPoints, 'basisPoints');
  const result = divideRoundHalfUp(
    BigInt(amount.amountMinor) * BigInt(basisPoints),
    10_000n,
  );
  return money(toSafeInteger(result, 'amount'), amount.currency);
}

/** Exact decimal string of the amount in major units, e.g. 123456 EUR -> "1234.56", -5 JPY -> "-5". */
export function toDecimalString(value: Money): string {
  const exponent = minorUnitExponent(value.currency);
  const sign = value.amountMinor < 0 ? '-' : '';
  const digits = Math.abs(value.amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  if (exponent === 0) {
    return `${sign}${digits}`;
  }
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/**
 * Display text for a locale, e.g. formatMoney(money(123456, 'EUR'), 'de-DE') -> "1.234,56 €".
 * The decimal string is handed to Intl as a string, so no float ever represents the amount.
 */
export function formatMoney(value: Money, locale = 'en-US'): string {
  const exponent = minorUnitExponent(value.currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Node 20's Intl accepts decimal strings (Intl.NumberFormat v3); the lib typings only know number | bigint.
  return formatter.format(toDecimalString(value) as unknown as number);
}
