/** Organisation holidays, a calendar per year: /api/v1/holidays */

export interface HolidayView {
  date: string;
  name: string;
}

export interface HolidayYearView {
  year: number;
  holidays: HolidayView[];
  revision: number | null;
}

/** POST /api/v1/holidays */
export interface AddHolidayRequest {
  date: string;
  name: string;
}

/** PUT /api/v1/holidays/:date */
export interface RenameHolidayRequest {
  name: string;
}

/** POST /api/v1/holidays/import: the text of an .ics calendar; all-day events become holidays. */
export interface ImportHolidaysRequest {
  ics: string;
  /** Only events in this year (default: every year found, each in its own calendar). */
  year?: number;
}

export interface ImportHolidaysResult {
  added: HolidayView[];
  renamed: HolidayView[];
  /** Already there with the same name. */
  unchanged: HolidayView[];
  /** Events that are not whole days, or outside `year`. */
  skipped: { summary: string; reason: string }[];
}
