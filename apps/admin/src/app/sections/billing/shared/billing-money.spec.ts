import {
  discountInputText,
  discountLabel,
  hoursLabel,
  moneyInputText,
  moneyLabel,
  parseDiscount,
  parseHours,
  parseMoney,
  parsePercent,
  percentText,
} from './billing-money';

describe('billing money helpers', () => {
  describe('parseMoney: major units in, integer minor units out, by the currency digits', () => {
    it.each([
      ['120', 'EUR', 12000],
      ['1,250.5', 'EUR', 125050],
      ['0.07', 'EUR', 7],
      ['1500', 'JPY', 1500],
      ['12.345', 'KWD', 12345],
      ['12.3', 'KWD', 12300],
      // 0.1 + 0.2 style float traps: exact in integers.
      ['0.29', 'EUR', 29],
      ['1.15', 'EUR', 115],
    ])('%s %s -> %i', (text, currency, minor) => {
      expect(parseMoney(text, currency)).toEqual({ ok: true, value: minor });
    });

    it.each([
      ['1.5', 'JPY', 'Enter a whole number'],
      ['1.234', 'EUR', 'Use at most 2 decimal places'],
      ['1.2345', 'KWD', 'Use at most 3 decimal places'],
      ['-5', 'EUR', 'Enter a number like 1234.50'],
      ['abc', 'EUR', 'Enter a number like 1234.50'],
    ])('refuses %s %s: %s', (text, currency, reason) => {
      expect(parseMoney(text, currency)).toEqual({ ok: false, reason });
    });
  });

  it('formats minor units for tables and inputs per currency', () => {
    expect(moneyLabel({ amountMinor: 125050, currency: 'EUR' })).toBe('EUR 1,250.50');
    expect(moneyLabel({ amountMinor: 150000, currency: 'JPY' })).toBe('JPY 150,000');
    expect(moneyLabel({ amountMinor: 1500, currency: 'KWD' })).toBe('KWD 1.500');
    expect(moneyLabel({ amountMinor: -5, currency: 'EUR' })).toBe('EUR -0.05');
    expect(moneyLabel(null)).toBe('—');
    expect(moneyInputText(12000, 'EUR')).toBe('120.00');
    expect(moneyInputText(7, 'KWD')).toBe('0.007');
  });

  it('round-trips every amount through the input text', () => {
    for (const [amount, currency] of [[1, 'EUR'], [99999, 'KWD'], [123456789, 'JPY'], [10, 'EUR']] as const) {
      expect(parseMoney(moneyInputText(amount, currency), currency)).toEqual({ ok: true, value: amount });
    }
  });

  it('reads hours as whole seconds and shows seconds as hours, half up', () => {
    expect(parseHours('1.5')).toEqual({ ok: true, value: 5400 });
    expect(parseHours('0.01')).toEqual({ ok: true, value: 36 });
    expect(parseHours('1.555')).toEqual({ ok: false, reason: 'Use at most 2 decimal places' });
    expect(hoursLabel(5400)).toBe('1.50');
    expect(hoursLabel(1000)).toBe('0.28');
    expect(hoursLabel(18)).toBe('0.01');
    expect(hoursLabel(17)).toBe('0.00');
    expect(hoursLabel(3600 * 1234)).toBe('1,234.00');
  });

  it('reads percentages as basis points, at most 100 %', () => {
    expect(parsePercent('12.5')).toEqual({ ok: true, value: 1250 });
    expect(parsePercent('100')).toEqual({ ok: true, value: 10000 });
    expect(parsePercent('100.01')).toEqual({ ok: false, reason: 'At most 100 %' });
    expect(percentText(1250)).toBe('12.5');
    expect(percentText(1000)).toBe('10');
    expect(percentText(5)).toBe('0.05');
  });

  it('turns the discount form into the API discount and back', () => {
    expect(parseDiscount('none', 'ignored', 'EUR')).toEqual({ ok: true, value: null });
    expect(parseDiscount('percent', '10', 'EUR')).toEqual({ ok: true, value: { kind: 'percent', basisPoints: 1000 } });
    expect(parseDiscount('amount', '50', 'KWD')).toEqual({ ok: true, value: { kind: 'amount', amountMinor: 50000 } });
    expect(parseDiscount('amount', '0.5', 'JPY')).toEqual({ ok: false, reason: 'Enter a whole number' });
    expect(discountLabel({ kind: 'percent', basisPoints: 1000 }, 'EUR')).toBe('10 %');
    expect(discountLabel({ kind: 'amount', amountMinor: 5000 }, 'EUR')).toBe('EUR 50.00');
    expect(discountLabel(null, 'EUR')).toBe('—');
    expect(discountInputText({ kind: 'amount', amountMinor: 5000 }, 'JPY')).toBe('5000');
    expect(discountInputText({ kind: 'percent', basisPoints: 250 }, 'JPY')).toBe('2.5');
  });
});
