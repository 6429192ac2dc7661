import type { ReportEntry } from '@billing/reporting/contracts';
import type { ExportRow } from './export-row';
import { GroupTracker } from './group-tracker';

const entry = (trackedSeconds: number, amount: number, currency: string | null = 'EUR', cost = 0, costCurrency: string | null = null): ReportEntry =>
  ({ trackedSeconds, billableSeconds: trackedSeconds, billed: false, amount, cost, currency, costCurrency }) as ReportEntry;
const row = (client: string, project: string, seconds: number, amount: number, currency?: string | null): ExportRow => ({
  entry: entry(seconds, amount, currency),
  groups: [
    { key: client, label: client },
    { key: project, label: project },
  ],
});

describe('GroupTracker', () => {
  it('closes inner then outer groups as keys change, with integer subtotals, and the grand total', () => {
    const tracker = new GroupTracker(['client', 'project']);
    expect(tracker.next(row('acme', 'web', 3600, 9000))).toEqual([]);
    expect(tracker.next(row('acme', 'web', 1800, 4500))).toEqual([]);
    const closedWeb = tracker.next(row('acme', 'app', 600, 1500));
    expect(closedWeb.map((s) => [s.level, s.label, s.totals.trackedSeconds, s.totals.amount])).toEqual([[1, 'web', 5400, 13500]]);
    const closedAcme = tracker.next(row('globex', 'retainer', 900, 100, 'USD'));
    // app (600 s), then acme = 3600 + 1800 + 600 = 6000 s, 9000 + 4500 + 1500 = 15000 minor units
    expect(closedAcme.map((s) => [s.level, s.label, s.totals.trackedSeconds, s.totals.amount])).toEqual([
      [1, 'app', 600, 1500],
      [0, 'acme', 6000, 15000],
    ]);
    expect(tracker.finish().map((s) => s.label)).toEqual(['retainer', 'globex']);
    expect(tracker.totals()).toMatchObject({ trackedSeconds: 6900, amount: 15100, entryCount: 4, currency: null });
  });

  it('without grouping reports no subtotals, only the total with its single currency', () => {
    const tracker = new GroupTracker([]);
    tracker.next({ entry: entry(60, 5), groups: [] });
    tracker.next({ entry: entry(120, 7), groups: [] });
    expect(tracker.finish()).toEqual([]);
    expect(tracker.totals()).toMatchObject({ trackedSeconds: 180, amount: 12, profit: 12, entryCount: 2, currency: 'EUR' });
  });

  it('subtracts cost from amount only in one currency: an EUR cost of a USD client leaves the profit null', () => {
    const tracker = new GroupTracker(['client']);
    const costed = (client: string, amount: number, currency: string, cost: number, costCurrency: string | null): ExportRow => ({
      entry: entry(3600, amount, currency, cost, costCurrency),
      groups: [{ key: client, label: client }],
    });
    tracker.next(costed('acme', 1000, 'EUR', 300, 'EUR'));
    tracker.next(costed('acme', 500, 'EUR', 0, null));
    const [acme] = tracker.next(costed('initech', 2000, 'USD', 400, 'EUR'));
    const [initech] = tracker.finish();
    expect(acme?.totals).toMatchObject({ amount: 1500, cost: 300, profit: 1200, currency: 'EUR', costCurrency: 'EUR' });
    expect(initech?.totals).toMatchObject({ amount: 2000, cost: 400, profit: null, currency: 'USD', costCurrency: 'EUR' });
    expect(tracker.totals()).toMatchObject({ amount: 3500, cost: 700, profit: null, currency: null, costCurrency: 'EUR' });
  });
});
