import { isCurrencyCode, minorUnitExponent } from '@billing/shared/kernel';

/** Seconds as `h:mm` (hours beyond 24 kept), for readable documents. */
export function hoursText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minor units as `1,234.56 EUR`, exact (integer arithmetic on the digits, no float division). */
export function moneyText(minor: number, currency: string | null): string {
  const exponent = currency !== null && isCurrencyCode(currency) ? minorUnitExponent(currency) : 2;
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${sign}${whole}${fraction}${currency === null ? '' : ` ${currency}`}`;
}
