import type { ReportGroupBy } from '@billing/reporting/contracts';
import { REPORT_DIMENSIONS } from './report-dimensions';
import { type ReportSelection, reportRowsSource, whereClause } from './report-sql';
import { MIXED_CURRENCIES } from './report-tree';
import { SqlParameters } from './sql-parameters';

const SUMS = ['tracked', 'billable', 'billed', 'amount', 'cost', 'entries'];

/** A leaf group's one currency, MIXED_CURRENCIES for several, null for none: one JSON value instead of min and max. */
const oneCurrency = (column: string) =>
  `case when min(${column}) = max(${column}) then min(${column}) when min(${column}) is not null then '${MIXED_CURRENCIES}' end`;

/**
 * The sums of every leaf group (the deepest level of the grouping; the whole selection without grouping), integer
 * sums only, with the labels of every level joined from the dimension tables. The levels above and the grand total
 * are added up from these rows in `buildTree`: a GROUP BY ROLLUP here cost a second aggregation of every leaf row,
 * in numeric, where adding integers in JavaScript costs almost nothing.
 *
 * The answer is one row, `rows`: a JSON array with one array per leaf group (`TotalsRow` in report-tree.ts). A
 * member x day month has ten thousand groups; as separate result rows, decoding their text fields cost more than
 * the query, while one JSON text is decoded natively in a single pass.
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
  const leaf = `
    select ${columns.map((column, index) => `${column} as k${index + 1},`).join(' ')}
           coalesce(sum(e.tracked_seconds), 0)::bigint as tracked,
           coalesce(sum(e.billable_seconds), 0)::bigint as billable,
           coalesce(sum(e.billable_seconds) filter (where e.billed), 0)::bigint as billed,
           coalesce(sum(e.amount), 0)::bigint as amount,
           coalesce(sum(e.cost), 0)::bigint as cost,
           count(*)::bigint as entries,
           ${oneCurrency('e.currency')} as currency,
           ${oneCurrency('e.cost_currency')} as cost_currency
      from ${reportRowsSource(selection)} e
     where ${where}
     ${columns.length > 0 ? `group by ${columns.join(', ')}` : ''}`;
  const joins: string[] = [];
  const fields: string[] = [];
  groupBy.forEach((dimension, index) => {
    const level = index + 1;
    const labels = REPORT_DIMENSIONS[dimension].labels;
    fields.push(`r.k${level}::text`);
    if (labels) {
      joins.push(
        `left join ${labels.table} l${level} on l${level}.${labels.key} = r.k${level}`,
      );
      fields.push(`l${level}.name`);
    } else {
      // A calendar key is its own label (buildTree falls back to the key).
      fields.push('null');
    }
  });
  fields.push(
    ...SUMS.map((sum) => `r.${sum}`),
    'r.currency',
    'r.cost_currency',
  );
  const sql = `select coalesce(json_agg(json_build_array(${fields.join(', ')})), '[]')::text as rows
                 from (${leaf}) r ${joins.join(' ')}`;
  return { sql, values: parameters.values };
}
