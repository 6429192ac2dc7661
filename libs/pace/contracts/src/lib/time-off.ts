/** Member time off: /api/v1/members/:id/time-off */

export interface RecordTimeOffRequest {
  from: string;
  /** Inclusive; defaults to `from`. */
  to?: string;
  /** Seconds off on each day (a half day: 14400); leave out for full days. */
  secondsPerDay?: number;
  note?: string;
}

export interface TimeOffView {
  id: string;
  memberId: string;
  from: string;
  to: string;
  /** null: full days. */
  secondsPerDay: number | null;
  note: string;
}

export interface TimeOffListView {
  memberId: string;
  items: TimeOffView[];
  revision: number | null;
}
