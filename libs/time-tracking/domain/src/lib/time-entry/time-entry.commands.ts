import { LocalDate, MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { Instant } from '../shared/instant';
import { BillingMark, LoggedEntrySource } from './time-entry.events';

interface NewEntryFields {
  entryId: TimeEntryId;
  /** Whose time it is; may differ from the actor when a responsible or an admin logs for someone. */
  memberId: MemberId;
  projectId: ProjectId;
  taskId?: TaskId | null;
  description?: string;
  tags?: string[];
  /** Default: the task's billable default, else the project's. */
  billable?: boolean;
}

/** Starts the entry's timer at the command's instant. The member's timer stream decides first (see planTimerStart). */
export type StartTimeEntry = DomainCommand<'start-time-entry', NewEntryFields>;

/** Stops a running entry at the command's instant, or at `endedAt` when the member forgot to stop it. */
export type StopTimeEntry = DomainCommand<'stop-time-entry', { entryId: TimeEntryId; endedAt?: Instant }>;

/** A finished entry: start and either end or duration in seconds. */
export type LogTimeEntry = DomainCommand<
  'log-time-entry',
  NewEntryFields & {
    source: LoggedEntrySource;
    /** Required for calendar imports (see calendarExternalId), optional for the API, absent for manual entries. */
    externalId?: string;
    startedAt: Instant;
  } & ({ endedAt: Instant; durationSeconds?: undefined } | { durationSeconds: number; endedAt?: undefined })
>;

/**
 * Corrects entry `adjustsEntryId` (its day in a closed period) by signed seconds on a day of an open period.
 * Project, task, billable, description and tags default to the adjusted entry's; `day` defaults to the first day
 * of the next period open for the member.
 */
export type PostAdjustingEntry = DomainCommand<
  'post-adjusting-entry',
  {
    entryId: TimeEntryId;
    adjustsEntryId: TimeEntryId;
    durationSeconds: number;
    reason: string;
    day?: LocalDate;
    projectId?: ProjectId;
    /** null: no task. */
    taskId?: TaskId | null;
    billable?: boolean;
    description?: string;
    tags?: string[];
  }
>;

export interface EntryEdits {
  projectId?: ProjectId;
  /** null removes the task. */
  taskId?: TaskId | null;
  description?: string;
  tags?: string[];
  billable?: boolean;
  startedAt?: Instant;
  /** Only for stopped entries; a running entry ends by being stopped. */
  endedAt?: Instant;
}

export type EditTimeEntry = DomainCommand<
  'edit-time-entry',
  { entryId: TimeEntryId; changes: EntryEdits; reason?: string }
>;
export type DeleteTimeEntry = DomainCommand<'delete-time-entry', { entryId: TimeEntryId; reason?: string }>;
export type RestoreTimeEntry = DomainCommand<'restore-time-entry', { entryId: TimeEntryId; reason?: string }>;
export type MarkTimeEntryBilled = DomainCommand<'mark-time-entry-billed', { entryId: TimeEntryId; billing: BillingMark }>;
/** `billing` must name what the entry is billed by, so voiding one invoice cannot unmark another's entries. */
export type UnmarkTimeEntryBilled = DomainCommand<
  'unmark-time-entry-billed',
  { entryId: TimeEntryId; billing: BillingMark; reason?: string }
>;

export type TimeEntryCommand =
  | StartTimeEntry
  | StopTimeEntry
  | LogTimeEntry
  | PostAdjustingEntry
  | EditTimeEntry
  | DeleteTimeEntry
  | RestoreTimeEntry
  | MarkTimeEntryBilled
  | UnmarkTimeEntryBilled;
