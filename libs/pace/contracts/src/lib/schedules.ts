/** Work schedules: PUT /api/v1/members/:id/schedule, GET /api/v1/members/:id/schedule */

/** Expected seconds per ISO weekday, Monday first: `[28800, 28800, 28800, 28800, 28800, 0, 0]`. */
export type WeekdaySeconds = [number, number, number, number, number, number, number];

export interface SetWorkScheduleRequest {
  /** YYYY-MM-DD: the schedule applies from this local date until the next one. */
  validFrom: string;
  weekdaySeconds: WeekdaySeconds;
}

export interface WorkScheduleVersionView {
  validFrom: string;
  weekdaySeconds: WeekdaySeconds;
  /** Seconds per week: the sum of the seven days. */
  weeklySeconds: number;
}

export interface WorkScheduleView {
  memberId: string;
  /** The version in force today (organisation zone); null before the first one starts. */
  current: WorkScheduleVersionView | null;
  /** Every version, oldest first (history is kept; a version on the same date replaces that one). */
  history: WorkScheduleVersionView[];
  revision: number | null;
}
