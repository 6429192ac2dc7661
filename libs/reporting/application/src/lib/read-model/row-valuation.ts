import { type RateBook, valueEntry } from '@billing/rates/domain';
import {
  type ClientId,
  type CurrencyCode,
  type LocalDate,
  type MemberId,
  type ProjectId,
  type TaskId,
  type TimeRounding,
  roundSignedDuration,
} from '@billing/shared/kernel';

/** What valuing a report row needs (column names as in SQL; `local_day` as YYYY-MM-DD text). */
export interface RowToValue {
  member_id: string;
  project_id: string;
  task_id: string | null;
  client_id: string | null;
  local_day: string;
  currency: string | null;
  tracked_seconds: number;
  billable: boolean;
  rounding_mode: string | null;
  rounding_increment_seconds: number | null;
}

export interface RowValue {
  billable_seconds: number;
  /** The hourly rate applied (minor units per hour); null when not billable or no rate was found. */
  rate_minor: number | null;
  amount: number;
  cost: number;
  /** The cost rate's currency (not necessarily the client's); null when the member has no cost rate. */
  cost_currency: string | null;
}

/** The project's rounding as stored by the dimension table, back as the kernel's rule. */
export function roundingOf(
  mode: string | null,
  incrementSeconds: number | null,
): TimeRounding {
  if (mode === null || mode === 'none' || !incrementSeconds)
    return { mode: 'none' };
  return {
    mode: mode as 'up' | 'down' | 'nearest',
    incrementMinutes: (incrementSeconds / 60) as never,
  };
}

/**
 * Values a row with the rates domain's `valueEntry` (rate by the local day at six levels, rounding, round-half-up
 * amount in the client's currency, cost on unrounded time in the cost rate's currency). A row without a client (unknown project) has no
 * currency to price in: amount and cost 0, billable seconds still rounded.
 */
export function valueRow(book: RateBook, row: RowToValue): RowValue {
  const rounding = roundingOf(
    row.rounding_mode,
    row.rounding_increment_seconds,
  );
  if (row.client_id === null || row.currency === null)
    return {
      billable_seconds: row.billable
        ? roundSignedDuration(row.tracked_seconds, rounding)
        : 0,
      rate_minor: null,
      amount: 0,
      cost: 0,
      cost_currency: null,
    };
  const valuation = valueEntry(
    book,
    {
      memberId: row.member_id as MemberId,
      projectId: row.project_id as ProjectId,
      taskId: row.task_id as TaskId | null,
      clientId: row.client_id as ClientId,
      day: row.local_day as LocalDate,
      currency: row.currency as CurrencyCode,
      durationSeconds: row.tracked_seconds,
      billable: row.billable,
    },
    rounding,
  );
  return {
    billable_seconds: valuation.billableSeconds,
    rate_minor:
      row.billable && valuation.rate.status === 'found'
        ? valuation.rate.ratePerHour.amountMinor
        : null,
    amount: valuation.amount.amountMinor,
    cost: valuation.cost?.amountMinor ?? 0,
    cost_currency: valuation.cost?.currency ?? null,
  };
}
