import type { ReportGroupBy } from '@billing/reporting/contracts';
import { REPORT_DIMENSIONS } from './report-dimensions';
import { REPORT_ENTRY_SELECT } from './report-entry-row';
import {
  type ReportSelection,
  reportRowsSource,
  whereClause,
} from './report-sql';
import { SqlParameters } from './sql-parameters';

/**
 * Every matching entry for a file export (no paging: read it through a cursor), with the key and label of each
 * grouping level as `k1..kn` / `label1..labeln`, sorted so that each group's rows are contiguous (by label, then key,
 * per level), then by start and id. Same WHERE as the report (period, filters, scope), so totals agree.
 */
export function exportRowsSql(
  selection: ReportSelection,
  groupBy: readonly ReportGroupBy[],
): { sql: string; values: unknown[] } {
  const parameters = new SqlParameters();
  const where = whereClause(selection, parameters);
  const joins: string[] = [];
  const outputs: string[] = [];
  const order: string[] = [];
  groupBy.forEach((dimension, index) => {
    const level = index + 1;
    const { column, labels } = REPORT_DIMENSIONS[dimension];
    outputs.push(`e.${column}::text as k${level}`);
    if (labels) {
      joins.push(
        `left join ${labels.table} l${level} on l${level}.${labels.key} = e.${column}`,
      );
      outputs.push(`l${level}.name as label${level}`);
      order.push(`l${level}.name nulls last`, `e.${column} nulls last`);
    } else {
      outputs.push(`e.${column}::text as label${level}`);
      order.push(`e.${column} nulls last`);
    }
  });
  const sql = `
    select ${REPORT_ENTRY_SELECT}
           ${outputs.length > 0 ? `, ${outputs.join(', ')}` : ''}
      from ${reportRowsSource(selection)} e ${joins.join(' ')}
     where ${where}
     order by ${[...order, 'e.started_at', 'e.entry_id'].join(', ')}`;
  return { sql, values: parameters.values };
}

/**
 * The adjusting entries among the matching ones (same WHERE as `exportRowsSql`), unordered: which entry each adjusts
 * and why. A PDF export reads them before its rows to know how many lines their wrapped reasons take.
 */
export function adjustingEntriesSql(selection: ReportSelection): { sql: string; values: unknown[] } {
  const parameters = new SqlParameters();
  const where = whereClause(selection, parameters);
  const sql = `
    select e.adjusts_entry_id, e.adjustment_reason
      from ${reportRowsSource(selection)} e
     where ${where} and e.adjusts_entry_id is not null`;
  return { sql, values: parameters.values };
}
