import { LocalDate, MemberId, ProjectId, TaskId, TimeEntryId, TimeZone } from '@billing/shared/kernel';
import { Instant } from '../shared/instant';

/** A live (not deleted) entry as the audit sees it, e.g. from the time entries read model. */
export interface AuditedEntry {
  entryId: TimeEntryId;
  memberId: MemberId;
  projectId: ProjectId;
  taskId: TaskId | null;
  description: string;
  startedAt: Instant;
  /** null while the timer runs. */
  endedAt: Instant | null;
  /** When the entry was written (for timers: when the timer was started). */
  recordedAt: Instant;
}

export interface AuditSettings {
  timeZone: TimeZone;
  /** The instant the audit runs at: running timers are measured up to it. */
  now: Instant;
  /** An entry is late when written more than this many days after its day. */
  lateAfterDays: number;
  /** Undefined: the project is unknown, and its required fields are not checked. */
  requiredFieldsOf: (projectId: ProjectId) => { task: boolean; description: boolean } | undefined;
  /** From the member's work schedule, holidays and time off. */
  isWorkingDay: (memberId: MemberId, date: LocalDate) => boolean;
  /** Default 43,200 s (12 h): finished entries longer than this are flagged. */
  longEntrySeconds?: number;
  /** Default 86,400 s (24 h): timers running longer than this are flagged. */
  longRunningSeconds?: number;
}

export type AuditFinding =
  | { rule: 'overlap'; entryId: TimeEntryId; otherEntryId: TimeEntryId; overlapSeconds: number }
  | { rule: 'entry-over-12h'; entryId: TimeEntryId; durationSeconds: number }
  | { rule: 'running-over-24h'; entryId: TimeEntryId; runningSeconds: number }
  | { rule: 'missing-task'; entryId: TimeEntryId; projectId: ProjectId }
  | { rule: 'missing-description'; entryId: TimeEntryId; projectId: ProjectId }
  | { rule: 'non-working-day'; entryId: TimeEntryId; day: LocalDate }
  | { rule: 'logged-late'; entryId: TimeEntryId; day: LocalDate; recordedOn: LocalDate; daysLate: number };

export type AuditRule = AuditFinding['rule'];
