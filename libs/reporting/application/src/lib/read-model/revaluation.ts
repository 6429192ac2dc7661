import type { RateBook } from '@billing/rates/domain';
import type { EntityManager } from 'typeorm';
import type { ReportTables } from './report-tables';
import { type RowToValue, valueRow } from './row-valuation';

const BATCH = 5000;

/** Which rows a change touches, as a condition over `e` with its parameters from `$3` on. */
export interface RowCondition {
  sql: string;
  parameters: unknown[];
}

interface StoredValuation extends RowToValue {
  entry_id: string;
  billable_seconds: number;
  rate_minor: string | null;
  amount: string;
  cost: string;
  cost_currency: string | null;
}

/**
 * Values again the live, unbilled rows matching `condition` (billed rows keep what they were billed at), in keyset
 * batches, and writes only the rows whose value changed. Each written row's new version starts at `changedAt`.
 */
export async function revalueRows(
  em: EntityManager,
  t: ReportTables,
  book: RateBook,
  condition: RowCondition,
  changedAt: string,
): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let written = 0;
  for (;;) {
    const rows: StoredValuation[] = await em.query(
      `select e.entry_id, e.member_id, e.project_id, e.task_id, e.client_id, e.local_day::text as local_day, e.currency,
              e.tracked_seconds, e.billable, e.billable_seconds, e.rate_minor, e.amount, e.cost, e.cost_currency,
              p.rounding_mode, p.rounding_increment_seconds
         from ${t.entries} e left join ${t.projects} p on p.project_id = e.project_id
        where e.live and not e.billed and e.entry_id > $1::uuid and (${condition.sql})
        order by e.entry_id limit $2`,
      [after, BATCH, ...condition.parameters],
    );
    const changed = [];
    for (const row of rows) {
      const value = valueRow(book, row);
      if (
        value.billable_seconds !== row.billable_seconds ||
        value.rate_minor !==
          (row.rate_minor === null ? null : Number(row.rate_minor)) ||
        value.amount !== Number(row.amount) ||
        value.cost !== Number(row.cost) ||
        value.cost_currency !== row.cost_currency
      )
        changed.push({ entry_id: row.entry_id, ...value });
    }
    if (changed.length > 0) {
      await em.query(
        `update ${t.entries} e
            set billable_seconds = x.billable_seconds, rate_minor = x.rate_minor, amount = x.amount, cost = x.cost,
                cost_currency = x.cost_currency,
                changed_at = greatest(e.changed_at, $2::timestamptz)
           from jsonb_to_recordset($1::jsonb) as x(entry_id uuid, billable_seconds integer, rate_minor bigint, amount bigint, cost bigint, cost_currency text)
          where e.entry_id = x.entry_id`,
        [JSON.stringify(changed), changedAt],
      );
      written += changed.length;
    }
    const last = rows[rows.length - 1];
    if (rows.length < BATCH || last === undefined) return written;
    after = last.entry_id;
  }
}
