import type { QueryScope } from '@billing/access/application';
import type {
  ReportGroupBy,
  ReportPeriod,
  TimeReportFilters,
} from '@billing/reporting/contracts';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';
import { REPORT_DIMENSIONS } from './report-dimensions';
import { REPORT_ENTRY_SELECT } from './report-entry-row';
import { scopeCondition } from './report-scope';
import { SqlParameters } from './sql-parameters';

export interface ReportSelection {
  period: ReportPeriod;
  filters: TimeReportFilters;
  scope: QueryScope;
  /** An ISO instant: read the row versions valid at it instead of the live rows (an as-of report). */
  asOf?: string;
}

/**
 * The table a report reads as `e`: the live rows, or for an as-of report the history of versions (same columns;
 * `whereClause` then keeps the version valid at the instant).
 */
export function reportRowsSource(selection: ReportSelection): string {
  return selection.asOf === undefined
    ? LIVE_REPORT_TABLES.entries
    : LIVE_REPORT_TABLES.versions;
}

const ID_FILTERS = [
  ['clientIds', 'client_id'],
  ['projectIds', 'project_id'],
  ['taskIds', 'task_id'],
  ['memberIds', 'member_id'],
  ['teamIds', 'team_id'],
] as const;

/**
 * The WHERE clause over `reportRowsSource(selection) e`: live entries of the period, the filters, the caller's scope;
 * as of an instant, only the version of each entry valid then.
 */
export function whereClause(
  selection: ReportSelection,
  parameters: SqlParameters,
): string {
  const { period, filters, scope } = selection;
  const conditions = [
    'e.live',
    `e.local_day between ${parameters.add(period.from, '::date')} and ${parameters.add(period.to, '::date')}`,
  ];
  if (selection.asOf !== undefined) {
    const asOf = parameters.add(selection.asOf, '::timestamptz');
    conditions.push(
      `e.valid_from <= ${asOf}`,
      `(e.valid_to is null or e.valid_to > ${asOf})`,
    );
  }
  for (const [field, column] of ID_FILTERS) {
    const ids = filters[field];
    if (ids !== undefined && ids.length > 0)
      conditions.push(`e.${column} = any(${parameters.add(ids, '::uuid[]')})`);
  }
  if (filters.tags !== undefined && filters.tags.length > 0)
    conditions.push(`e.tags && ${parameters.add(filters.tags, '::text[]')}`);
  if (filters.billable !== undefined)
    conditions.push(`e.billable = ${parameters.add(filters.billable)}`);
  if (filters.billed !== undefined)
    conditions.push(`e.billed = ${parameters.add(filters.billed)}`);
  const scoped = scopeCondition(scope, parameters);
  if (scoped !== undefined) conditions.push(scoped);
  return conditions.join(' and ');
}

/**
 * Totals at every level of the grouping in one statement, integer sums only: the matching rows are first summed per
 * leaf group (a plain GROUP BY, hashed), then GROUP BY ROLLUP over those few leaf rows gives every level and the grand
 * total (the empty grouping set). Labels are joined from the dimension tables last.
 * Output: `g` (grouping bits, first level most significant), `k1..kn` as text, `label1..labeln`, and the sums.
 */
export function totalsSql(
  selection: ReportSelection,
  groupBy: readonly ReportGroupBy[],
): { sql: string; values: unknown[] } {
  const parameters = new SqlParameters();
  const where = whereClause(selection, parameters);
  const columns = groupBy.map(
    (dimension) => `e.${REPORT_DIMENSIONS[dimension].column}`,
  );
  const keys = groupBy.map((_, index) => `k${index + 1}`);
  const leaf = `
    select ${columns.map((column, index) => `${column} as k${index + 1},`).join(' ')}
           sum(e.tracked_seconds)::bigint as tracked,
           sum(e.billable_seconds)::bigint as billable,
           coalesce(sum(e.billable_seconds) filter (where e.billed), 0)::bigint as billed,
           sum(e.amount)::bigint as amount,
           sum(e.cost)::bigint as cost,
           count(*)::bigint as entries,
           min(e.currency) as currency_min,
           max(e.currency) as currency_max
      from ${reportRowsSource(selection)} e
     where ${where}
     ${columns.length > 0 ? `group by ${columns.join(', ')}` : ''}`;
  const rollup = `
    select ${keys.length > 0 ? `grouping(${keys.join(', ')})` : '0'} as g,
           ${keys.length > 0 ? `${keys.join(', ')},` : ''}
           coalesce(sum(leaf.tracked), 0)::bigint as tracked,
           coalesce(sum(leaf.billable), 0)::bigint as billable,
           coalesce(sum(leaf.billed), 0)::bigint as billed,
           coalesce(sum(leaf.amount), 0)::bigint as amount,
           coalesce(sum(leaf.cost), 0)::bigint as cost,
           coalesce(sum(leaf.entries), 0)::bigint as entries,
           min(leaf.currency_min) as currency_min,
           max(leaf.currency_max) as currency_max
      from (${leaf}) leaf
     ${keys.length > 0 ? `group by rollup (${keys.join(', ')})` : ''}`;
  const joins: string[] = [];
  const outputs: string[] = [];
  groupBy.forEach((dimension, index) => {
    const level = index + 1;
    const labels = REPORT_DIMENSIONS[dimension].labels;
    outputs.push(`r.k${level}::text as k${level}`);
    if (labels) {
      joins.push(
        `left join ${labels.table} l${level} on l${level}.${labels.key} = r.k${level}`,
      );
      outputs.push(`l${level}.name as label${level}`);
    } else {
      outputs.push(`r.k${level}::text as label${level}`);
    }
  });
  const sql = `select r.g, ${outputs.length > 0 ? `${outputs.join(', ')},` : ''} r.tracked, r.billable, r.billed, r.amount, r.cost,
                      r.entries, r.currency_min, r.currency_max
                 from (${rollup}) r ${joins.join(' ')}`;
  return { sql, values: parameters.values };
}

/** One page of the matching entries, by start then id. */
export function entriesSql(
  selection: ReportSelection,
  page: number,
  pageSize: number,
): { sql: string; values: unknown[] } {
  const parameters = new SqlParameters();
  const where = whereClause(selection, parameters);
  const sql = `
    select ${REPORT_ENTRY_SELECT}
      from ${reportRowsSource(selection)} e
     where ${where}
     order by e.started_at, e.entry_id
     limit ${parameters.add(pageSize, '::integer')} offset ${parameters.add((page - 1) * pageSize, '::integer')}`;
  return { sql, values: parameters.values };
}
