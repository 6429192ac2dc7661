import type { QueryScope } from '@billing/access/application';
import type {
  ReportPeriod,
  TimeReportFilters,
} from '@billing/reporting/contracts';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';
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
