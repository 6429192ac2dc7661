import type {
  ClientId,
  CurrencyCode,
  LocalDate,
  MemberId,
  ProjectId,
  TaskId,
} from '@billing/shared/kernel';
import {
  type EntryValuation,
  type RateBook,
  valueEntry,
} from '@billing/rates/domain';
import type { ProjectFacts } from './organisation-lookup';

/** The columns of time tracking's `tt_time_entries` that valuation needs. */
export interface EntrySqlRow {
  entry_id: string;
  member_id: string;
  project_id: string;
  task_id: string | null;
  billable: boolean;
  billing:
    | { kind: 'invoice'; invoiceId: string }
    | { kind: 'reference'; reference: string }
    | null;
  duration_seconds: number | null;
  local_day: string;
  deleted: boolean;
}

export const ENTRY_COLUMNS =
  'entry_id, member_id, project_id, task_id, billable, billing, duration_seconds, local_day, deleted';

/** Values a finished entry with the rate book on its day, priced in its project's (client's) currency. */
export function valueEntryRow(
  book: RateBook,
  row: EntrySqlRow,
  project: Pick<ProjectFacts, 'clientId' | 'currency' | 'rounding'>,
): EntryValuation {
  return valueEntry(
    book,
    {
      memberId: row.member_id as MemberId,
      projectId: row.project_id as ProjectId,
      taskId: row.task_id as TaskId | null,
      clientId: project.clientId as ClientId,
      day: row.local_day as LocalDate,
      currency: project.currency as CurrencyCode,
      durationSeconds: row.duration_seconds ?? 0,
      billable: row.billable,
    },
    project.rounding,
  );
}
