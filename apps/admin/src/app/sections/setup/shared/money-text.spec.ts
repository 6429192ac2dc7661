import { formatScaledDecimal, parseScaledDecimal } from './decimal-text';
import { currencyExponent, formatMoney, minorToMoneyText, parseMoneyText } from './money-text';

describe('money typed as decimal text', () => {
  it.each([
    ['1250.50', 'EUR', 125050],
    ['1250.5', 'EUR', 125050],
    ['1250', 'EUR', 125000],
    ['0.01', 'EUR', 1],
    ['1,250.50', 'EUR', 125050], // English thousands separators
    ['1 250,50', 'EUR', 125050], // a decimal comma and a space as separator
    ['12,5', 'EUR', 1250],
    ['1500', 'JPY', 1500], // yen have no minor unit
    ['1.234', 'KWD', 1234], // three decimals
    ['0.10', 'USD', 10],
    ['19.990', 'EUR', 1999], // trailing zeros beyond the exponent are harmless
    ['0', 'EUR', 0],
  ])('reads %s %s as %d minor units', (text, currency, minor) => {
    expect(parseMoneyText(text, currency)).toEqual({ ok: true, value: minor });
  });

  it('never goes through floating point: 0.1 + 0.2 style inputs stay exact', () => {
    // 1.15 * 100 is 114.99999999999999 in floating point; string arithmetic gives 115.
    expect(parseMoneyText('1.15', 'EUR')).toEqual({ ok: true, value: 115 });
    expect(parseMoneyText('4.35', 'EUR')).toEqual({ ok: true, value: 435 });
    expect(parseMoneyText('9007199254740.99', 'EUR')).toEqual({ ok: true, value: 900719925474099 });
  });

  it.each([
    ['12.345', 'EUR', 'Use at most 2 decimal places'],
    ['1.5', 'JPY', 'Enter a whole number'],
    ['-5', 'EUR', 'Enter a number like 1234.50'],
    ['abc', 'EUR', 'Enter a number like 1234.50'],
    ['1.2.3', 'EUR', 'Enter a number like 1234.50'],
    ['', 'EUR', 'Enter a number like 1234.50'],
    ['99999999999999999', 'EUR', 'The number is too large'],
  ])('refuses %s %s: %s', (text, currency, reason) => {
    expect(parseMoneyText(text, currency)).toEqual({ ok: false, reason });
  });

  it('uses the server’s exponent table', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('BHD')).toBe(3);
  });

  it('writes minor units back as editable text and for tables', () => {
    expect(minorToMoneyText(125050, 'EUR')).toBe('1250.50');
    expect(minorToMoneyText(5, 'EUR')).toBe('0.05');
    expect(minorToMoneyText(1500, 'JPY')).toBe('1500');
    expect(minorToMoneyText(1, 'KWD')).toBe('0.001');
    expect(formatMoney(123456789, 'EUR')).toBe('EUR 1,234,567.89');
    expect(formatMoney(0, 'USD')).toBe('USD 0.00');
  });

  it('round-trips text through minor units', () => {
    for (const text of ['0.00', '0.99', '10.00', '1234567.89']) {
      const parsed = parseScaledDecimal(text, 2);
      expect(parsed.ok && formatScaledDecimal(parsed.value, 2)).toBe(text);
    }
  });
});
