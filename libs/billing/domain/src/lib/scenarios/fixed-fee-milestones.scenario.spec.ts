import { RuleViolationError } from '@billing/shared/kernel';
import { proposeInvoiceDraft } from '../drafting/propose-invoice-draft';
import { ProjectBillingModel, ProjectToBill } from '../inputs/billing-inputs';
import { lineGrossAmount } from '../lines/invoice-line';
import { client, day, e, entry, ids, project } from '../testing/fixtures';

/**
 * Scenario: a fixed-fee project of 10,000.00 EUR with two milestones, Design 3,000.00 and Build 4,500.00.
 *   April: Design completed -> invoice 1 = 3,000.00
 *   May: Build completed and the project completed -> invoice 2 = Build 4,500.00 + remaining fee
 *        remaining = 10,000.00 - (3,000.00 + 4,500.00) = 2,500.00
 * Tracked hours are costed, not billed by the hour, and covered (marked billed) by the invoice of their period.
 */
const fixedFee: ProjectBillingModel = {
  kind: 'fixed_fee',
  fee: { amountMinor: 1_000_000, currency: 'EUR' },
};
const design = {
  milestoneId: ids.milestone1,
  name: 'Design',
  amount: { amountMinor: 300_000, currency: 'EUR' as const },
};
const build = {
  milestoneId: ids.milestone2,
  name: 'Build',
  amount: { amountMinor: 450_000, currency: 'EUR' as const },
};

function run(
  p: ProjectToBill,
  from: string,
  to: string,
  entries = [entry(1, 3600, 12000, { day: day(from) })],
) {
  return proposeInvoiceDraft({
    client: client('EUR', 0),
    from: day(from),
    to: day(to),
    projects: [p],
    entries,
  });
}

describe('a fixed-fee project invoiced by milestones, then completed', () => {
  it('April: the completed Design milestone, with the hours of April covered', () => {
    const april = run(
      project(fixedFee, 'EUR', {
        milestones: [
          { ...design, completedOn: day('2026-04-20') },
          { ...build, completedOn: null },
        ],
      }),
      '2026-04-01',
      '2026-04-30',
    );
    expect(
      april.lines.map((line) => [
        line.source.kind,
        lineGrossAmount(line).amountMinor,
        line.entryIds,
      ]),
    ).toEqual([
      ['milestone', 300_000, [e(1)]], // 1 x 3000.00; the hourly amount 12000 is not billed
    ]);
    expect(april.totals.total.amountMinor).toBe(300_000);
  });

  it('May: Build plus the remaining fee = 10000.00 - 3000.00 - 4500.00 = 2500.00', () => {
    const may = run(
      project(fixedFee, 'EUR', {
        status: 'completed',
        milestones: [
          { ...design, completedOn: day('2026-04-20') },
          { ...build, completedOn: day('2026-05-28') },
        ],
        invoiced: {
          milestoneIds: [ids.milestone1],
          remainingFee: false,
          periodKeys: [],
        },
      }),
      '2026-05-01',
      '2026-05-31',
    );
    expect(
      may.lines.map((line) => [
        line.source.kind,
        lineGrossAmount(line).amountMinor,
      ]),
    ).toEqual([
      ['milestone', 450_000],
      ['remaining-fee', 250_000], // 1000000 - 300000 - 450000
    ]);
    expect(may.totals.total.amountMinor).toBe(700_000); // 450000 + 250000; over both invoices 300000 + 700000 = the fee
  });

  it('a project completed without milestones invoices its whole fee once', () => {
    const done = project(fixedFee, 'EUR', { status: 'completed' });
    expect(
      run(done, '2026-05-01', '2026-05-31').totals.subtotal.amountMinor,
    ).toBe(1_000_000);
    const again = project(fixedFee, 'EUR', {
      status: 'completed',
      invoiced: { milestoneIds: [], remainingFee: true, periodKeys: [] },
    });
    const nothing = run(again, '2026-06-01', '2026-06-30');
    expect(nothing.lines).toEqual([]);
    expect(nothing.coveredEntryIds).toEqual([]); // no line, so no entry is marked billed
  });

  it('nothing due (no milestone completed, project active): no line, entries stay unbilled', () => {
    const open = run(
      project(fixedFee, 'EUR', {
        milestones: [{ ...design, completedOn: null }],
      }),
      '2026-04-01',
      '2026-04-30',
    );
    expect(open.lines).toEqual([]);
    expect(open.coveredEntryIds).toEqual([]);
  });

  it('a milestone completed after the selection waits for the next run', () => {
    const later = run(
      project(fixedFee, 'EUR', {
        milestones: [{ ...design, completedOn: day('2026-05-02') }],
      }),
      '2026-04-01',
      '2026-04-30',
    );
    expect(later.lines).toEqual([]);
  });

  it('refuses milestones adding up to more than the fee at completion', () => {
    const over = project(
      { kind: 'fixed_fee', fee: { amountMinor: 500_000, currency: 'EUR' } },
      'EUR',
      {
        status: 'completed',
        milestones: [
          { ...design, completedOn: day('2026-04-20') },
          { ...build, completedOn: day('2026-04-21') },
        ],
      },
    );
    expect(() => run(over, '2026-04-01', '2026-04-30')).toThrow(
      RuleViolationError,
    ); // 300000 + 450000 > 500000
  });
});
