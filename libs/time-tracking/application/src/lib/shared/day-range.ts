import { type LocalDate, type TimeZone, ValidationError, addDays, daysBetween, localDateOf } from '@billing/shared/kernel';

export const DEFAULT_RANGE_DAYS = 31;
export const MAX_RANGE_DAYS = 366;

/** A range of days (inclusive), defaulting to the last 31 days up to today in the zone. */
export function dayRange(from: string | undefined, to: string | undefined, now: Date, timeZone: TimeZone): { from: LocalDate; to: LocalDate } {
  const end = (to ?? localDateOf(now, timeZone)) as LocalDate;
  const start = (from ?? addDays(end, -(DEFAULT_RANGE_DAYS - 1))) as LocalDate;
  if (end < start) throw ValidationError.single('to', 'must not be before from');
  if (daysBetween(start, end) >= MAX_RANGE_DAYS) throw ValidationError.single('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
  return { from: start, to: end };
}
