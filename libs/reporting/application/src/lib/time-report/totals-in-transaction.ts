import type { ReportGroupBy } from '@billing/reporting/contracts';
import { ANALYTIC_SETTINGS_SQL } from './analytic-settings';
import type { ReportSelection } from './report-sql';
import { totalsSql } from './report-totals-sql';
import { buildTree, type TotalsRow, totalsRowsOf, type TotalsTree } from './report-tree';

/**
 * Runs one statement on a connection whose transaction the caller has opened (and will end), answering its result
 * rows. It adapts both a TypeORM query runner (reports) and a pg client (an export's snapshot).
 */
export type TransactionQuery = (sql: string, values?: unknown[]) => Promise<unknown[]>;

/**
 * The leaf rows of a selection, read in the caller's open transaction. The analytic settings it applies stay for the
 * rest of that transaction.
 */
export async function leafTotalsIn(
  query: TransactionQuery,
  selection: ReportSelection,
  groupBy: readonly ReportGroupBy[],
): Promise<TotalsRow[]> {
  await query(ANALYTIC_SETTINGS_SQL);
  const { sql, values } = totalsSql(selection, groupBy);
  // totalsSql answers one row whose `rows` is the JSON text of every leaf group.
  return totalsRowsOf((await query(sql, values)) as Array<{ rows: string }>);
}

/**
 * The totals and group tree of a selection in one part, read in the caller's open transaction: a report summed on
 * one connection and an export's snapshot both go through here, so their totals cannot differ.
 */
export async function totalsTreeIn(
  query: TransactionQuery,
  selection: ReportSelection,
  groupBy: readonly ReportGroupBy[],
): Promise<TotalsTree> {
  return buildTree(await leafTotalsIn(query, selection, groupBy), groupBy);
}
