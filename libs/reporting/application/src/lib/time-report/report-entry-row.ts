import type { ReportEntry } from '@billing/reporting/contracts';

/** One entry row as the report's entry queries select it (bigint money arrives as text). */
export interface ReportEntrySqlRow {
  entry_id: string;
  day: string;
  week_key: string;
  month_key: string;
  started_at: Date;
  ended_at: Date;
  client_id: string | null;
  client_name: string;
  project_id: string;
  project_name: string;
  task_id: string | null;
  task_name: string | null;
  member_id: string;
  member_name: string;
  team_id: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  billed: boolean;
  invoice_id: string | null;
  billing_reference: string | null;
  adjusts_entry_id: string | null;
  adjustment_reason: string | null;
  tracked_seconds: number;
  billable_seconds: number;
  rate_minor: string | null;
  amount: string;
  cost: string;
  currency: string | null;
  cost_currency: string | null;
}

/** The select list of `ReportEntrySqlRow` over a report source aliased `e` (the report's page and the exports). */
export const REPORT_ENTRY_SELECT = `e.entry_id, e.local_day::text as day, e.week_key, e.month_key, e.started_at, e.ended_at,
  e.client_id, e.client_name, e.project_id, e.project_name, e.task_id, e.task_name, e.member_id, e.member_name, e.team_id,
  e.description, e.tags, e.billable, e.billed, e.invoice_id, e.billing_reference, e.adjusts_entry_id, e.adjustment_reason,
  e.tracked_seconds, e.billable_seconds, e.rate_minor, e.amount, e.cost, e.currency,
  e.cost_currency`;

const instantText = (date: Date): string => date.toISOString().replace('.000Z', 'Z');

/** The report API's entry shape; exports write the same. */
export function reportEntryOf(row: ReportEntrySqlRow): ReportEntry {
  return {
    entryId: row.entry_id,
    day: row.day,
    week: row.week_key,
    month: row.month_key,
    startedAt: instantText(row.started_at),
    endedAt: instantText(row.ended_at),
    clientId: row.client_id,
    clientName: row.client_name,
    projectId: row.project_id,
    projectName: row.project_name,
    taskId: row.task_id,
    taskName: row.task_name,
    memberId: row.member_id,
    memberName: row.member_name,
    teamId: row.team_id,
    description: row.description,
    tags: row.tags,
    billable: row.billable,
    billed: row.billed,
    invoiceId: row.invoice_id,
    billingReference: row.billing_reference,
    adjustsEntryId: row.adjusts_entry_id,
    adjustmentReason: row.adjustment_reason,
    trackedSeconds: row.tracked_seconds,
    billableSeconds: row.billable_seconds,
    rate: row.rate_minor === null ? null : Number(row.rate_minor),
    amount: Number(row.amount),
    cost: Number(row.cost),
    currency: row.currency,
    costCurrency: row.cost_currency,
  };
}
