import { invoiceTotals } from '../lines/invoice-totals';
import { DraftLine } from '../lines/invoice-line';

/** Tax is rounded once, half up, on the subtotal of rounded line amounts: never per line. */
function unitLine(
  amountMinor: number,
): Pick<DraftLine, 'quantity' | 'price' | 'discount'> {
  return {
    quantity: { unit: 'units', value: 1 },
    price: { kind: 'per-unit', unitAmount: { amountMinor, currency: 'EUR' } },
    discount: null,
  };
}

describe('tax rounding', () => {
  it.each([
    // lines, bps, subtotal, tax, total
    [[10000], 1900, 10000, 1900, 11900], // 10000 x 19 % = 1900 exactly
    [[12345], 1900, 12345, 2346, 14691], // 12345 x 1900 / 10000 = 2345.55 -> 2346
    [[12345], 700, 12345, 864, 13209], // 12345 x 700 / 10000 = 864.15 -> 864
    [[50], 1000, 50, 5, 55], // 50 x 10 % = 5
    [[5], 1000, 5, 1, 6], // 5 x 1000 / 10000 = 0.5 -> 1 (half up)
    [[4], 1000, 4, 0, 4], // 0.4 -> 0
    [[1234, 5], 825, 1239, 102, 1341], // 1239 x 825 / 10000 = 102.2175 -> 102 (8.25 %)
    [[99999], 0, 99999, 0, 99999], // no tax
    [[99999], 10000, 99999, 99999, 199998], // 100 % (bounds of the client's tax rate)
  ])(
    '%j at %i bps: subtotal %i, tax %i, total %i',
    (amounts, bps, subtotal, tax, total) => {
      expect(invoiceTotals(amounts.map(unitLine), bps, 'EUR')).toEqual({
        subtotal: { amountMinor: subtotal, currency: 'EUR' },
        tax: { amountMinor: tax, currency: 'EUR' },
        total: { amountMinor: total, currency: 'EUR' },
      });
    },
  );

  it('rounds on the subtotal, not per line: two lines of 5 at 10 % -> tax 1, not 1 + 1', () => {
    // per line: 0.5 -> 1 each = 2; on the subtotal: 10 x 1000 / 10000 = 1
    expect(
      invoiceTotals([unitLine(5), unitLine(5)], 1000, 'EUR').tax.amountMinor,
    ).toBe(1);
  });

  it('is exact for amounts where a float product would not be: 900719925474099 x 1999 bps', () => {
    // 900719925474099 x 1999 = 1800539131022723901 (> 2^53); / 10000 = 180053913102272.3901 -> 180053913102272
    expect(
      invoiceTotals([unitLine(900719925474099)], 1999, 'EUR').tax.amountMinor,
    ).toBe(180053913102272);
  });
});
