import { toDecimalString } from '@billing/shared/kernel';
import { proposeInvoiceDraft } from '../drafting/propose-invoice-draft';
import { invoiceTotals } from '../lines/invoice-totals';
import { lineGrossAmount } from '../lines/invoice-line';
import { client, day, entry, project } from '../testing/fixtures';

/** Invoices in currencies with 0 (JPY) and 3 (KWD) minor digits: the same integer rules, other exponents. */
describe('JPY: 0 minor digits', () => {
  it('hourly lines and 10 % tax in whole yen', () => {
    // entries valued by the rates context at 12,345 JPY/h:
    //   5400 s -> 18517.5 -> 18518; 1 s -> 3.43 -> 3; 5399 s -> 18514.07 -> 18514
    const proposal = proposeInvoiceDraft({
      client: client('JPY', 1000),
      from: day('2026-03-01'),
      to: day('2026-03-31'),
      projects: [project({ kind: 'hourly', invoiceLinesPer: 'member' }, 'JPY')],
      entries: [
        entry(1, 5400, 18518, {}, 'JPY'),
        entry(2, 1, 3, {}, 'JPY'),
        entry(3, 5399, 18514, {}, 'JPY'),
      ],
    });
    expect(proposal.totals).toEqual({
      subtotal: { amountMinor: 37035, currency: 'JPY' }, // 18518 + 3 + 18514
      tax: { amountMinor: 3704, currency: 'JPY' }, // 37035 x 1000 / 10000 = 3703.5 -> 3704
      total: { amountMinor: 40739, currency: 'JPY' }, // 37035 + 3704
    });
    expect(toDecimalString(proposal.totals.total)).toBe('40739');
  });

  it('a retainer overage in yen: 1530 s x 9,999 JPY/h / 3600 = 4249.575 -> 4250', () => {
    const proposal = proposeInvoiceDraft({
      client: client('JPY', 0),
      from: day('2026-03-01'),
      to: day('2026-03-31'),
      projects: [
        project(
          {
            kind: 'per_period',
            fee: { amountMinor: 300000, currency: 'JPY' },
            periodUnit: 'month',
            includedSeconds: 36000,
            overageRateMinorPerHour: 9999,
          },
          'JPY',
        ),
      ],
      entries: [entry(1, 37530, 0, {}, 'JPY')], // 37530 - 36000 = 1530 s
    });
    expect(
      proposal.lines.map((line) => lineGrossAmount(line).amountMinor),
    ).toEqual([300000, 4250]);
    expect(proposal.totals.total.amountMinor).toBe(304250);
  });
});

describe('KWD: 3 minor digits', () => {
  it('hourly lines and 5 % tax in fils', () => {
    // at 45.678 KWD/h: 5400 s -> 68517 fils; 2700 s -> 34258.5 -> 34259 fils
    const proposal = proposeInvoiceDraft({
      client: client('KWD', 500),
      from: day('2026-03-01'),
      to: day('2026-03-31'),
      projects: [project({ kind: 'hourly', invoiceLinesPer: 'member' }, 'KWD')],
      entries: [
        entry(1, 5400, 68517, {}, 'KWD'),
        entry(2, 2700, 34259, {}, 'KWD'),
      ],
    });
    expect(proposal.totals).toEqual({
      subtotal: { amountMinor: 102776, currency: 'KWD' }, // 68517 + 34259 = 102.776 KWD
      tax: { amountMinor: 5139, currency: 'KWD' }, // 102776 x 500 / 10000 = 5138.8 -> 5139
      total: { amountMinor: 107915, currency: 'KWD' }, // 102776 + 5139 = 107.915 KWD
    });
    expect(toDecimalString(proposal.totals.total)).toBe('107.915');
  });

  it('a percentage discount in fils: 1.235 KWD at 50 % = 617.5 -> 618 off, 617 left', () => {
    const totals = invoiceTotals(
      [
        {
          quantity: { unit: 'units', value: 1 },
          price: {
            kind: 'per-unit',
            unitAmount: { amountMinor: 1235, currency: 'KWD' },
          },
          discount: { kind: 'percent', basisPoints: 5000 },
        },
      ],
      0,
      'KWD',
    );
    expect(totals.subtotal).toEqual({ amountMinor: 617, currency: 'KWD' }); // 1235 - 618
  });
});
