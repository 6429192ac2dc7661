import { LocalDate, MemberId, ProjectId, TaskId, TeamId, TimeEntryId, TimeZone } from '@billing/shared/kernel';
import { IsPeriodClosed } from '../calendar/closed-periods';
import type { ExistingTimeEntry } from './time-entry.state';

/** A live (not deleted) adjusting entry of an entry: its id and signed seconds. */
export interface LiveAdjustment {
  entryId: TimeEntryId;
  durationSeconds: number;
}

export interface AdjustedEntry {
  entry: ExistingTimeEntry;
  /** Sum of the signed seconds of its adjustments that are not deleted. */
  liveAdjustmentSeconds: number;
}

/**
 * How far the actor's permissions reach for THIS entry, resolved by the application from the actor's roles and
 * scopes: `self` may only write their own entries on projects they are assigned to; `responsible-in-scope` (a
 * responsible of the entry's project, client or the member's team) and `admin` may write anyone's entries,
 * assigned or not.
 */
export type ActorAuthority = 'self' | 'responsible-in-scope' | 'admin';

export type ProjectStatusForEntries = 'active' | 'completed' | 'archived';

export interface TaskSnapshot {
  taskId: TaskId;
  archived: boolean;
  /** The task's billable default; undefined: use the project's. */
  billable?: boolean;
}

/** What time tracking needs to know about a project, read from the organisation context's contract. */
export interface ProjectSnapshot {
  projectId: ProjectId;
  status: ProjectStatusForEntries;
  memberIds: readonly MemberId[];
  defaultBillable: boolean;
  requiredFields: { task: boolean; description: boolean };
  tasks: readonly TaskSnapshot[];
}

/** Look-ups the application does before deciding. Nothing here is fetched by the domain itself. */
export interface TimeEntryDecisionContext {
  /** The organisation's IANA zone: day and period boundaries. */
  timeZone: TimeZone;
  actorAuthority: ActorAuthority;
  isPeriodClosed: IsPeriodClosed;
  /** The team the member belonged to on a day (team membership is effective-dated); undefined: none. */
  teamOfMemberOn?: (memberId: MemberId, date: LocalDate) => TeamId | undefined;
  /**
   * The project the entry is (or will be) on after the command: needed to start, log, and edit. Undefined when it
   * does not exist.
   */
  project?: ProjectSnapshot;
  /**
   * For post-adjusting-entry, and for deleting or restoring an adjusting entry: the entry it corrects (undefined: not
   * found) and its live adjustments so far.
   */
  adjusted?: AdjustedEntry;
  /**
   * For edit-time-entry and delete-time-entry of an ordinary entry: its own live adjustments (the application looks
   * them up for every such write; undefined or empty: it has none).
   */
  liveAdjustments?: readonly LiveAdjustment[];
  /** For log-time-entry with an external id: the entry already imported under that id, if any. */
  entryWithSameExternalId?: TimeEntryId;
}
