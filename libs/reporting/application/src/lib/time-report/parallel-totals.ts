import type { ReportGroupBy } from '@billing/reporting/contracts';
import type { Pool } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { periodParts } from './period-parts';
import type { ReportSelection } from './report-sql';
import { buildTree, type TotalsTree } from './report-tree';
import { leafTotalsIn, totalsTreeIn, type TransactionQuery } from './totals-in-transaction';

/**
 * Parts a report's period is split into, each summed on a connection of its own at the same time. Most of a large
 * report's time is PostgreSQL aggregating and encoding its leaf groups on one core; two parts use both cores of a
 * small server. Leaf rows of the parts that share a key (a week across the split day) are added up by buildTree.
 */
export const REPORT_QUERY_PARTS = 2;

/**
 * How many parts the pool serves at once without waiting. A part beyond the first is taken only while idle or
 * unopened connections are left and nobody queues, so reports never hold a connection while waiting for another
 * (a busy pool could otherwise fill up with half-served reports).
 */
export function affordableParts(dataSource: DataSource, wanted: number): number {
  const pool = (dataSource.driver as unknown as { master?: Pool }).master;
  if (pool === undefined || pool.waitingCount > 0) return 1;
  const free = pool.idleCount + (pool.options.max ?? 10) - pool.totalCount;
  return Math.max(1, Math.min(wanted, free));
}

/** A TypeORM query runner (its transaction open) as a `TransactionQuery`. */
const queryOn =
  (runner: QueryRunner): TransactionQuery =>
  (sql, values) =>
    runner.query(sql, values);

/**
 * The totals and group tree of a report, its period summed in parts at once. All parts read one snapshot: the first
 * part's transaction exports it and the others import it, so the report is exactly what a single statement would have
 * seen. With one part it is `totalsTreeIn`, as an export's snapshot reads it.
 */
export async function parallelTotals(
  dataSource: DataSource,
  selection: ReportSelection,
  groupBy: readonly ReportGroupBy[],
  parts = REPORT_QUERY_PARTS,
): Promise<TotalsTree> {
  const periods = periodParts(selection.period, affordableParts(dataSource, parts));
  const runners = periods.map(() => dataSource.createQueryRunner());
  let committed = false;
  try {
    await Promise.all(runners.map((runner) => runner.connect()));
    const [lead, ...others] = runners as [QueryRunner, ...QueryRunner[]];
    await lead.query('begin isolation level repeatable read read only');
    if (others.length === 0) {
      const tree = await totalsTreeIn(queryOn(lead), selection, groupBy);
      await lead.query('commit');
      committed = true;
      return tree;
    }
    const [{ snapshot }] = (await lead.query('select pg_export_snapshot() as snapshot')) as [{ snapshot: string }];
    await Promise.all(
      others.map(async (runner) => {
        await runner.query('begin isolation level repeatable read read only');
        await runner.query(`set transaction snapshot '${snapshot.replace(/'/g, "''")}'`);
      }),
    );
    const answers = await Promise.all(
      runners.map((runner, index) =>
        leafTotalsIn(queryOn(runner), { ...selection, period: periods[index] ?? selection.period }, groupBy),
      ),
    );
    await Promise.all(runners.map((runner) => runner.query('commit')));
    committed = true;
    return buildTree(answers.flat(), groupBy);
  } finally {
    await Promise.all(
      runners.map(async (runner) => {
        if (runner.isReleased) return;
        if (!committed) await runner.query('rollback').catch(() => undefined);
        await runner.release();
      }),
    );
  }
}
