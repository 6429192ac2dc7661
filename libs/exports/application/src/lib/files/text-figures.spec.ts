import { moneyCell } from './money-format';
import { hoursText, moneyText } from './text-figures';

describe('figures in documents', () => {
  it('shows seconds as h:mm beyond a day, dropping seconds', () => {
    expect(hoursText(0)).toBe('0:00');
    expect(hoursText(5400)).toBe('1:30');
    expect(hoursText(90 * 3600 + 59)).toBe('90:00');
  });

  it('shows minor units exactly in the currency exponent, with thousands separators', () => {
    expect(moneyText(123456789, 'EUR')).toBe('1,234,567.89 EUR');
    expect(moneyText(5, 'USD')).toBe('0.05 USD');
    expect(moneyText(-250, 'EUR')).toBe('-2.50 EUR');
    expect(moneyText(150000, 'JPY')).toBe('150,000 JPY');
    expect(moneyText(1234, null)).toBe('12.34');
  });

  it('turns minor units into spreadsheet numbers with the currency format', () => {
    expect(moneyCell(123456, 'EUR')).toEqual({ value: 1234.56, numFmt: '#,##0.00 "EUR"' });
    expect(moneyCell(1500, 'JPY')).toEqual({ value: 1500, numFmt: '#,##0 "JPY"' });
  });
});
