import { LocalDate, Period, TimeZone, isoWeekOf, localDateOf } from '@billing/shared/kernel';
import { Instant, toDate } from '../shared/instant';

export interface EntryCalendarKeys {
  /** `YYYY-MM-DD`: the local date of the entry's start, even when the entry runs past midnight. */
  day: LocalDate;
  /** `YYYY-Www`: the ISO week (Monday to Sunday) of that day; its year can differ from the day's year. */
  week: string;
  /** `YYYY-MM`: the month (closing / billing period) of that day. */
  month: string;
}

/** The day an entry belongs to: the local date of its start in the organisation's zone. */
export function entryDay(startedAt: Instant, timeZone: TimeZone): LocalDate {
  return localDateOf(toDate(startedAt), timeZone);
}

/** `YYYY-MM` of a local date. */
export function monthKeyOf(day: LocalDate): string {
  return day.slice(0, 7);
}

export function entryCalendarKeys(startedAt: Instant, timeZone: TimeZone): EntryCalendarKeys {
  const day = entryDay(startedAt, timeZone);
  return { day, week: isoWeekOf(day).key, month: monthKeyOf(day) };
}

/** The closing period of an entry, with its instant bounds in the zone. */
export function entryPeriod(startedAt: Instant, timeZone: TimeZone): Period {
  return Period.ofDate(entryDay(startedAt, timeZone), timeZone);
}
