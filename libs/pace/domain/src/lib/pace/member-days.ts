import { type LocalDate, type TimeZone, localDateOf } from '@billing/shared/kernel';
import { type MemberCalendar, expectedSecondsOn } from '../expected/expected-seconds';
import { type PaceDay, datesBetween, paceDay } from './pace-figures';

/** A finished entry as Pace sees it: its local day (of its start, in the organisation zone) and its seconds. */
export interface TrackedEntry {
  day: LocalDate;
  durationSeconds: number;
}

/** Tracked seconds per local day. */
export function trackedByDay(entries: readonly TrackedEntry[]): Map<LocalDate, number> {
  const byDay = new Map<LocalDate, number>();
  for (const entry of entries) byDay.set(entry.day, (byDay.get(entry.day) ?? 0) + entry.durationSeconds);
  return byDay;
}

/** A member's Pace for each day of a range. */
export function memberPaceDays(
  member: MemberCalendar,
  tracked: ReadonlyMap<LocalDate, number>,
  from: LocalDate,
  to: LocalDate,
): PaceDay[] {
  return datesBetween(from, to).map((date) => paceDay(date, expectedSecondsOn(member, date), tracked.get(date) ?? 0));
}

/** An entry belongs to the local day of its start in the organisation zone (a whole entry, even past midnight). */
export function trackedEntry(startedAt: Date, durationSeconds: number, timeZone: TimeZone): TrackedEntry {
  return { day: localDateOf(startedAt, timeZone), durationSeconds };
}
