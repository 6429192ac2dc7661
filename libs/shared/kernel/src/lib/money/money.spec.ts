import {
  isCurrencyCode,
  minorUnitExponent,
  parseCurrencyCode,
} from './currency';
import {
  CurrencyMismatchError,
  addMoney,
  amountForSeconds,
  applyBasisPoints,
  compareMoney,
  formatMoney,
  money,
  moneyForSeconds,
  negateMoney,
  subtractMoney,
  sumMoney,
  toDecimalString,
} from './money';
import { ValidationError } from '../errors/domain-errors';

describe('currency', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['CLF', 4],
  ] as const)('%s has %i minor-unit decimals', (code, exponent) => {
    expect(minorUnitExponent(code)).toBe(exponent);
  });

  it.each(['EURO', 'eur', 'XAU', '', 'ABC'])(
    'rejects %p as unknown',
    (code) => {
      expect(isCurrencyCode(code)).toBe(false);
      expect(() => parseCurrencyCode(code)).toThrow(ValidationError);
    },
  );
});

describe('money', () => {
  it('is integer minor units with a known currency', () => {
    expect(money(1050, 'EUR')).toEqual({ amountMinor: 1050, currency: 'EUR' });
    expect(() => money(10.5, 'EUR')).toThrow(ValidationError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'EUR')).toThrow(
      ValidationError,
    );
    expect(() => money(100, 'XXX')).toThrow(ValidationError);
  });

  it('adds, subtracts and negates within one currency', () => {
    expect(addMoney(money(1050, 'EUR'), money(-50, 'EUR'))).toEqual(
      money(1000, 'EUR'),
    ); // 10.50 - 0.50 = 10.00
    expect(subtractMoney(money(1000, 'EUR'), money(1001, 'EUR'))).toEqual(
      money(-1, 'EUR'),
    );
    expect(negateMoney(money(250, 'USD'))).toEqual(money(-250, 'USD'));
    expect(negateMoney(money(0, 'USD')).amountMinor).toBe(0); // never -0
    expect(
      sumMoney([money(1, 'EUR'), money(2, 'EUR'), money(3, 'EUR')], 'EUR'),
    ).toEqual(money(6, 'EUR'));
    expect(sumMoney([], 'CHF')).toEqual(money(0, 'CHF'));
    expect(compareMoney(money(1, 'EUR'), money(2, 'EUR'))).toBe(-1);
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(
      CurrencyMismatchError,
    );
    expect(() => subtractMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(
      CurrencyMismatchError,
    );
    expect(() => compareMoney(money(1, 'EUR'), money(1, 'GBP'))).toThrow(
      CurrencyMismatchError,
    );
  });

  it('refuses sums beyond the safe integer range', () => {
    expect(() =>
      addMoney(money(Number.MAX_SAFE_INTEGER, 'EUR'), money(1, 'EUR')),
    ).toThrow(RangeError);
  });
});

describe('amountForSeconds = round-half-up(seconds x rate / 3600)', () => {
  it.each([
    // seconds, rate minor/h, expected
    [3600, 10000, 10000], // 3600 x 10000 / 3600 = 10000 exactly
    [5400, 12345, 18518], // 5400 x 12345 / 3600 = 18517.5 -> 18518 (half up)
    [5399, 12345, 18514], // 5399 x 12345 / 3600 = 18514.07 -> 18514
    [1, 1800, 1], // 1 x 1800 / 3600 = 0.5 -> 1
    [1, 1799, 0], // 1 x 1799 / 3600 = 0.4997 -> 0
    [0, 99999, 0], // nothing worked, nothing billed
    [900, 15000, 3750], // 15 min at 150.00/h = 37.50
    [-5400, 12345, -18518], // correction: -18517.5 -> -18518 (half away from zero, mirrors the positive)
    [-1, 1800, -1], // -0.5 -> -1
    [-1, 1799, 0], // -0.4997 -> 0
    // 10 years of seconds at 1,000,000.00/h: 315360000 x 100000000 / 3600 = 8760000000000 (needs bigint inside)
    [315_360_000, 100_000_000, 8_760_000_000_000],
    // 7 x 3 / 3600 = 0.00583 -> 0, product exceeds nothing but shows truncation of tiny amounts
    [7, 3, 0],
  ])('%i s at %i/h -> %i', (seconds, rate, expected) => {
    expect(amountForSeconds(rate, seconds)).toBe(expected);
  });

  it('is exact where floating point would not be: 3,000,000,000,000 s x 3001 /3600 = 2500833333333.33 -> 2500833333333', () => {
    // 3e12 x 3001 = 9.003e15 > 2^53: a float product would already be inexact.
    expect(amountForSeconds(3001, 3_000_000_000_000)).toBe(2_500_833_333_333);
  });

  it('rejects fractional inputs', () => {
    expect(() => amountForSeconds(100.5, 10)).toThrow(RangeError);
    expect(() => amountForSeconds(100, 10.5)).toThrow(RangeError);
  });

  it('moneyForSeconds keeps the rate currency: 5400 s x 12345 JPY/h /3600 = 18517.5 -> 18518 JPY', () => {
    expect(moneyForSeconds(money(12345, 'JPY'), 5400)).toEqual(
      money(18518, 'JPY'),
    );
  });
});

describe('applyBasisPoints = round-half-up(amount x bps / 10000)', () => {
  it.each([
    [10000, 1900, 1900], // 100.00 x 19 % = 19.00
    [12345, 1900, 2346], // 12345 x 1900 / 10000 = 2345.55 -> 2346
    [12345, 700, 864], // 12345 x 700 / 10000 = 864.15 -> 864
    [50, 1000, 5], // 50 x 1000 / 10000 = 5
    [5, 1000, 1], // 5 x 1000 / 10000 = 0.5 -> 1
    [4, 1000, 0], // 0.4 -> 0
    [-5, 1000, -1], // -0.5 -> -1 (away from zero)
    [99999, 0, 0], // 0 % tax
    [99999, 10000, 99999], // 100 %
  ])('%i x %i bps -> %i', (amount, bps, expected) => {
    expect(applyBasisPoints(money(amount, 'EUR'), bps)).toEqual(
      money(expected, 'EUR'),
    );
  });
});

describe('display', () => {
  it.each([
    [123456, 'EUR', '1234.56'],
    [-5, 'EUR', '-0.05'],
    [7, 'JPY', '7'],
    [1234, 'KWD', '1.234'],
    [0, 'USD', '0.00'],
  ])('%i %s as decimal is %s', (amount, currency, expected) => {
    expect(toDecimalString(money(amount, currency))).toBe(expected);
  });

  it('formats for a locale without floats', () => {
    expect(formatMoney(money(123456, 'USD'), 'en-US')).toBe('$1,234.56');
    expect(formatMoney(money(123456, 'EUR'), 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(money(1500, 'JPY'), 'en-US')).toBe('¥1,500');
    // 9007199254740991 cents = 90,071,992,547,409.91, digits kept exactly
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'USD'), 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
  });
});
