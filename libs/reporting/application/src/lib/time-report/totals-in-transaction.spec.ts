import { ANALYTIC_SETTINGS_SQL } from './analytic-settings';
import type { ReportSelection } from './report-sql';
import { totalsSql } from './report-totals-sql';
import { totalsTreeIn, type TransactionQuery } from './totals-in-transaction';

const SELECTION: ReportSelection = {
  period: { from: '2026-06-01', to: '2026-06-30' },
  filters: { billable: true },
  scope: { kind: 'all' },
};

describe('totalsTreeIn', () => {
  it('applies the analytic settings, then sums the leaf groups in the same transaction and adds them up', async () => {
    const statements: Array<{ sql: string; values: unknown[] | undefined }> = [];
    const leaves = [
      ['c-2', 'Beta', 60, 60, 0, 500, 100, 1, 'EUR', 'EUR'],
      ['c-1', 'Alpha', 120, 0, 0, 0, 0, 2, null, null],
    ];
    const query: TransactionQuery = async (sql, values) => {
      statements.push({ sql, values });
      return sql === ANALYTIC_SETTINGS_SQL ? [{}] : [{ rows: JSON.stringify(leaves) }];
    };

    const tree = await totalsTreeIn(query, SELECTION, ['client']);

    expect(statements).toEqual([{ sql: ANALYTIC_SETTINGS_SQL, values: undefined }, totalsSql(SELECTION, ['client'])]);
    expect(tree.groups.map((group) => [group.label, group.totals.trackedSeconds])).toEqual([
      ['Alpha', 120],
      ['Beta', 60],
    ]);
    expect(tree.totals).toMatchObject({ trackedSeconds: 180, billableSeconds: 60, entryCount: 3, amount: 500 });
  });
});
