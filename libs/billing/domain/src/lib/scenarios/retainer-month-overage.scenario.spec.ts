import { proposeInvoiceDraft } from '../drafting/propose-invoice-draft';
import { lineGrossAmount } from '../lines/invoice-line';
import { client, day, e, entry, project } from '../testing/fixtures';
import { ProjectBillingModel } from '../inputs/billing-inputs';

/**
 * Scenario: a monthly retainer of 2,000.00 EUR including 10 h, overage at 150.00 EUR/h, tax 19 %.
 * March 2026 (days in the organisation's zone): 10 h 25 min 30 s of rounded billable time, so
 *   overage seconds = max(0, 37530 - 36000) = 1530
 *   overage = round-half-up(1530 x 15000 / 3600) = round-half-up(6375) = 6375 (63.75 EUR)
 */
const retainer: ProjectBillingModel = {
  kind: 'per_period',
  fee: { amountMinor: 200000, currency: 'EUR' },
  periodUnit: 'month',
  includedSeconds: 36000,
  overageRateMinorPerHour: 15000,
};
const march = [
  entry(1, 18000, 0, { day: day('2026-03-02') }), // 5 h
  entry(2, 18000, 0, { day: day('2026-03-16') }), // 5 h
  entry(3, 1530, 0, { day: day('2026-03-31') }), // 25 min 30 s (already rounded by the project's rule)
  entry(4, 7200, 0, { day: day('2026-02-28'), billable: true }), // February: not in March's overage
  entry(5, 0, 0, { day: day('2026-03-20'), billable: false }), // non-billable: 0 billable seconds
];

describe('a retainer month with overage', () => {
  const proposal = proposeInvoiceDraft({
    client: client('EUR', 1900),
    from: day('2026-03-01'),
    to: day('2026-03-31'),
    projects: [project(retainer)],
    entries: march,
  });

  it('bills the fee and the overage for March', () => {
    expect(
      proposal.lines.map((line) => [
        line.source.kind,
        line.quantity,
        lineGrossAmount(line).amountMinor,
      ]),
    ).toEqual([
      ['period-fee', { unit: 'units', value: 1 }, 200000], // 1 x 2000.00
      ['period-overage', { unit: 'seconds', value: 1530 }, 6375], // 1530 x 15000 / 3600 = 6375
    ]);
    expect(proposal.totals).toEqual({
      subtotal: { amountMinor: 206375, currency: 'EUR' }, // 200000 + 6375
      tax: { amountMinor: 39211, currency: 'EUR' }, // 206375 x 1900 / 10000 = 39211.25 -> 39211
      total: { amountMinor: 245586, currency: 'EUR' }, // 206375 + 39211
    });
  });

  it("covers March's billable entries on the fee line, not February's nor the non-billable one", () => {
    expect(proposal.coveredEntryIds).toEqual([e(1), e(2), e(3)]);
  });

  it('rounds the overage half up: 1 s beyond at 1800/h is 0.5 -> 1', () => {
    const tiny = proposeInvoiceDraft({
      client: client('EUR', 0),
      from: day('2026-03-01'),
      to: day('2026-03-31'),
      projects: [project({ ...retainer, overageRateMinorPerHour: 1800 })],
      entries: [entry(1, 36001, 0)], // 36001 - 36000 = 1 s; 1 x 1800 / 3600 = 0.5 -> 1
    });
    expect(tiny.totals.subtotal.amountMinor).toBe(200001); // 200000 + 1
  });

  it('within the included hours: the fee only; a month without entries still owes the fee', () => {
    const within = proposeInvoiceDraft({
      client: client('EUR', 0),
      from: day('2026-03-01'),
      to: day('2026-04-30'),
      projects: [project(retainer)],
      entries: [entry(1, 36000, 0)], // exactly 10 h: max(0, 36000 - 36000) = 0
    });
    expect(within.lines.map((line) => line.description)).toEqual([
      'Website: fee 2026-03',
      'Website: fee 2026-04',
    ]);
    expect(within.totals.total.amountMinor).toBe(400000); // 2 x 200000
  });

  it('skips a period already invoiced and a period cut by the selection', () => {
    const again = proposeInvoiceDraft({
      client: client('EUR', 0),
      from: day('2026-03-01'),
      to: day('2026-05-15'),
      projects: [
        project(retainer, 'EUR', {
          invoiced: {
            milestoneIds: [],
            remainingFee: false,
            periodKeys: ['2026-03'],
          },
        }),
      ],
      entries: march,
    });
    expect(again.lines.map((line) => line.description)).toEqual([
      'Website: fee 2026-04',
    ]); // May is cut at the 15th
    expect(again.coveredEntryIds).toEqual([]);
  });

  it('quarterly and weekly periods use the same formula per period', () => {
    const quarterly = proposeInvoiceDraft({
      client: client('EUR', 0),
      from: day('2026-01-01'),
      to: day('2026-03-31'),
      projects: [
        project({
          ...retainer,
          periodUnit: 'quarter',
          includedSeconds: 30 * 3600,
        }),
      ],
      entries: [
        entry(1, 20 * 3600, 0, { day: day('2026-01-15') }),
        entry(2, 12 * 3600, 0, { day: day('2026-03-31') }),
      ],
    });
    // 32 h - 30 h = 2 h = 7200 s; 7200 x 15000 / 3600 = 30000
    expect(
      quarterly.lines.map((line) => [
        line.description,
        lineGrossAmount(line).amountMinor,
      ]),
    ).toEqual([
      ['Website: fee 2026-Q1', 200000],
      ['Website: hours beyond the included 2026-Q1', 30000],
    ]);
    const weekly = proposeInvoiceDraft({
      client: client('EUR', 0),
      from: day('2026-03-02'), // Monday of ISO week 10
      to: day('2026-03-15'), // Sunday of ISO week 11
      projects: [
        project({ ...retainer, periodUnit: 'week', includedSeconds: 3600 }),
      ],
      entries: [entry(1, 5400, 0, { day: day('2026-03-08') })], // Sunday of week 10: 5400 - 3600 = 1800 s -> 7500
    });
    expect(
      weekly.lines.map((line) => [
        line.description,
        lineGrossAmount(line).amountMinor,
      ]),
    ).toEqual([
      ['Website: fee 2026-W10', 200000],
      ['Website: hours beyond the included 2026-W10', 7500], // 1800 x 15000 / 3600
      ['Website: fee 2026-W11', 200000],
    ]);
  });
});
