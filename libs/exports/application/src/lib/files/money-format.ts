import { isCurrencyCode, minorUnitExponent } from '@billing/shared/kernel';

const exponentOf = (currency: string | null): number => (currency !== null && isCurrencyCode(currency) ? minorUnitExponent(currency) : 2);

/** Minor units as a spreadsheet number in major units. */
export function moneyValue(minor: number, currency: string | null): number {
  return minor / 10 ** exponentOf(currency);
}

/** Minor units to a spreadsheet number in major units, with a number format naming the currency. */
export function moneyCell(minor: number, currency: string | null): { value: number; numFmt: string } {
  const exponent = exponentOf(currency);
  const decimals = exponent > 0 ? `.${'0'.repeat(exponent)}` : '';
  const suffix = currency === null ? '' : ` "${currency}"`;
  return { value: minor / 10 ** exponent, numFmt: `#,##0${decimals}${suffix}` };
}

/** Seconds as a spreadsheet duration (a fraction of a day), shown as hours:minutes:seconds beyond 24 h. */
export const DURATION_FORMAT = '[h]:mm:ss';

export function durationValue(seconds: number): number {
  return seconds / 86_400;
}
