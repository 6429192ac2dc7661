import type { TimeEntryView } from './time-entries';

/** GET /api/v1/timer: the caller's running timer, if any. */
export interface CurrentTimerView {
  running: boolean;
  /** The running entry (durationSeconds up to now); null when no timer runs. */
  entry: TimeEntryView | null;
}

/**
 * POST /api/v1/timer/start (Idempotency-Key recommended). Starting while another timer runs stops that one at
 * the same instant. The answer is the new running entry.
 */
export interface StartTimerRequest {
  projectId: string;
  taskId?: string | null;
  description?: string;
  tags?: string[];
  billable?: boolean;
  /** Default: the caller. Responsibles and admins may start a member's timer in their scope. */
  memberId?: string;
}

/**
 * POST /api/v1/timer/stop. `entryId` is the entry the client believes runs; when another one runs by now the
 * stop is refused (409) instead of stopping the wrong one. `endedAt` ends it in the past (forgotten timer).
 * Two racing stops: one 200, the other 409 TIMER_NOT_RUNNING (or WRONG_EXPECTED_REVISION).
 */
export interface StopTimerRequest {
  entryId?: string;
  endedAt?: string;
  memberId?: string;
}

/** The answers of start and stop: the entry concerned, as it is now. */
export type TimerWriteResponse = TimeEntryView;
