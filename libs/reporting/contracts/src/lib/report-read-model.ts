/**
 * The report read model's rebuild: `POST /api/v1/reports/read-model/rebuild` (202) starts one, or joins the running
 * one; `GET /api/v1/reports/read-model` follows it. Both answer this status and need `organisation.manage`.
 */

/** idle: no rebuild since the api started; then the phases in order; done or failed at the end. */
export const REPORT_REBUILD_STATES = [
  'idle',
  'preparing',
  'replaying',
  'indexing',
  'switching',
  'done',
  'failed',
] as const;
export type ReportRebuildState = (typeof REPORT_REBUILD_STATES)[number];

export interface ReportRebuildStatus {
  state: ReportRebuildState;
  /** ISO-8601 instants of the last (or running) rebuild; null while idle, finishedAt null while it runs. */
  startedAt: string | null;
  finishedAt: string | null;
  /** Why it failed; null otherwise. */
  error: string | null;
  /**
   * Events the rebuild has applied so far: 0 while preparing, the replay's count from replaying to switching, the
   * final count (with what was appended meanwhile) once done. Null while idle, or after a failure it could not read.
   */
  eventsApplied: number | null;
  /**
   * Events the replay reads in all, counted once at the start; raised to `eventsApplied` when events appended since
   * push the replay past it, and equal to it once done. Null while idle, or when the event store cannot count.
   */
  eventsTotal: number | null;
}

/** Whether a rebuild is under way (neither idle nor finished). */
export function isReportRebuildRunning(state: ReportRebuildState): boolean {
  return state !== 'idle' && state !== 'done' && state !== 'failed';
}
