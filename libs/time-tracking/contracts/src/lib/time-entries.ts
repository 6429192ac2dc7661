import type { Page, Revisioned } from '@billing/organisation/contracts';

/**
 * Time entries over HTTP. Instants are ISO-8601 strings in UTC at whole seconds (`2026-03-10T09:00:00Z`);
 * requests may carry any offset (`2026-03-10T10:00:00+01:00`), which the server normalises. Days, weeks and
 * months are taken in the organisation's time zone, by the entry's start.
 */

/** `adjustment`: an adjusting entry (a signed correction of an entry of a closed period, see PostAdjustmentRequest). */
export const TIME_ENTRY_SOURCES = ['timer', 'manual', 'calendar', 'api', 'adjustment'] as const;
export type TimeEntrySourceName = (typeof TIME_ENTRY_SOURCES)[number];

/** GET /api/v1/time-entries/:id (ETag: `"<revision>"`), and the items of the list. */
export interface TimeEntryView extends Revisioned {
  id: string;
  memberId: string;
  projectId: string;
  /** null: no task. */
  taskId: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  /** True while an invoice or a "mark as billed" covers the entry: it is then locked. */
  billed: boolean;
  source: TimeEntrySourceName;
  /** calendar:<occurrence>:<uid> for calendar imports; null otherwise. */
  externalId: string | null;
  startedAt: string;
  /** null while the timer runs. */
  endedAt: string | null;
  /** Integer seconds; for a running entry, up to the moment of the response. Signed for an adjustment. */
  durationSeconds: number;
  running: boolean;
  /** Deleted entries are left out of lists; GET /:id still shows them (to restore). */
  deleted: boolean;
  /** `YYYY-MM-DD`, ISO week `YYYY-Www`, `YYYY-MM`: of the start, in the organisation's time zone. */
  day: string;
  week: string;
  month: string;
  /** When the entry was first written. */
  recordedAt: string;
  /** Only on adjusting entries (source `adjustment`): the entry corrected and why; null otherwise. */
  adjustment: { adjustsEntryId: string; reason: string } | null;
  /** Signed sum of the live adjustments of this entry (0 when none): its net time is durationSeconds + this. */
  adjustmentSeconds: number;
}

/**
 * POST /api/v1/time-entries/:id/adjustments (send an Idempotency-Key): corrects entry :id, whose day lies in a
 * closed period, without touching that period. The correction is posted as an entry of its own on `day` (default:
 * the first day of the next period open for the entry's member). Finance and admins anywhere, responsibles in scope.
 * 201 with the new entry; 409 PERIOD_OPEN when :id's period is open (edit it instead), PERIOD_CLOSED when `day` is
 * in a closed period, ADJUSTMENT_BELOW_ZERO when the entry's net time would go below zero.
 */
export interface PostAdjustmentRequest {
  /** Signed whole seconds, not 0, at most 86,400 either way: negative takes time off. */
  durationSeconds: number;
  /** Required: why the closed period is corrected. */
  reason: string;
  /** `YYYY-MM-DD` of an open period after the adjusted entry's. */
  day?: string;
  /** Default: the adjusted entry's project, task, billable flag, description and tags. */
  projectId?: string;
  taskId?: string | null;
  billable?: boolean;
  description?: string;
  tags?: string[];
}

/**
 * GET /api/v1/time-entries: the caller's scope (members: their own; responsibles: their teams, projects and
 * clients; finance, admin and auditors: everyone). `from`/`to` are days `YYYY-MM-DD` (inclusive) in the
 * organisation's zone. Sorted by start, newest first.
 */
export interface TimeEntryListQuery {
  from?: string;
  to?: string;
  memberId?: string;
  projectId?: string;
  taskId?: string;
  billable?: boolean;
  /** Case-insensitive search in the description and tags. */
  q?: string;
  page?: number;
  /** Default 50, at most 200. */
  pageSize?: number;
}

export type TimeEntryPage = Page<TimeEntryView>;

/**
 * POST /api/v1/time-entries (send an Idempotency-Key: a retry then never duplicates the entry).
 * Give `endedAt` or `durationSeconds`, not both. `memberId` defaults to the caller; a responsible or an admin
 * may log for members in their scope. `billable` defaults from the task, else the project.
 */
export interface CreateTimeEntryRequest {
  memberId?: string;
  projectId: string;
  taskId?: string | null;
  description?: string;
  tags?: string[];
  billable?: boolean;
  startedAt: string;
  endedAt?: string;
  /** 1 .. 86,400 whole seconds. */
  durationSeconds?: number;
}

/** PATCH /api/v1/time-entries/:id with If-Match: `"<revision>"`. Only the fields sent change. */
export interface UpdateTimeEntryRequest {
  projectId?: string;
  /** null removes the task. */
  taskId?: string | null;
  description?: string;
  tags?: string[];
  billable?: boolean;
  startedAt?: string;
  /** Only for stopped entries: a running one ends by stopping the timer. */
  endedAt?: string;
  reason?: string;
}

/** DELETE /api/v1/time-entries/:id with If-Match; the optional body or `?reason=` explains it. */
export interface DeleteTimeEntryRequest {
  reason?: string;
}

/** POST /api/v1/time-entries/:id/restore (If-Match optional but recommended). */
export interface RestoreTimeEntryRequest {
  reason?: string;
}

/** The body of POST/PATCH/DELETE answers: the entry as it is now (the ETag header carries the revision). */
export type TimeEntryWriteResponse = TimeEntryView;
