import { type LocalDate, type TimeZone, addDays, isoWeekOf, isoWeekday, localDate, wallClockOf } from '@billing/shared/kernel';

/** Organisation working days: Monday to Friday and not a holiday. */
export const isWorkingDay = (date: LocalDate, isHoliday: (date: LocalDate) => boolean): boolean =>
  isoWeekday(date) <= 5 && !isHoliday(date);

/** The last working day before `date` (looks back at most 31 days). */
export function previousWorkingDay(date: LocalDate, isHoliday: (date: LocalDate) => boolean): LocalDate {
  for (let back = 1; back <= 31; back += 1) {
    const candidate = addDays(date, -back);
    if (isWorkingDay(candidate, isHoliday)) return candidate;
  }
  return addDays(date, -1);
}

export interface ReminderRun {
  /** The organisation's local date when the tick ran. */
  today: LocalDate;
  /** Members behind on this day get a reminder. */
  remindFor: LocalDate;
  /** On the first working day of an ISO week: the previous week, for the responsibles' summaries. */
  summaryWeek: string | null;
}

/**
 * Whether an hourly tick at `instant` is the reminder run: the wall clock in the organisation zone shows `hour`, and
 * that local day is a working day. The local day, not the UTC one, decides: 09:00 in Auckland on a Tuesday is still
 * Monday in UTC, and the reminder is about Monday (the previous working day in Auckland).
 */
export function reminderRunAt(
  instant: Date,
  timeZone: TimeZone,
  hour: number,
  isHoliday: (date: LocalDate) => boolean,
): ReminderRun | null {
  const wall = wallClockOf(instant, timeZone);
  if (wall.hour !== hour) return null;
  const today = localDate(wall.year, wall.month, wall.day);
  if (!isWorkingDay(today, isHoliday)) return null;
  const remindFor = previousWorkingDay(today, isHoliday);
  const week = isoWeekOf(today);
  const firstWorkingDayOfWeek = [0, 1, 2, 3, 4].map((offset) => addDays(week.monday, offset)).find((day) => !isHoliday(day));
  const summaryWeek = firstWorkingDayOfWeek === today ? isoWeekOf(addDays(week.monday, -1)).key : null;
  return { today, remindFor, summaryWeek };
}
