import { type LocalDate, isoWeekday } from '@billing/shared/kernel';
import type { ScheduleVersion } from '../member-pace/member-pace.state';

/** A day (or days) off as the calculation needs it; `secondsPerDay` null: the whole day. */
export interface TimeOffSpan {
  from: LocalDate;
  to: LocalDate;
  secondsPerDay: number | null;
}

/** Everything that decides a member's expected seconds; look-ups come in, nothing is read here. */
export interface MemberCalendar {
  /** Sorted by validFrom (as the state keeps them). */
  schedules: readonly ScheduleVersion[];
  isHoliday(date: LocalDate): boolean;
  timeOff: readonly TimeOffSpan[];
}

/** The version in force on a date: the latest whose validFrom is on or before it; none before the first. */
export function scheduleOn(schedules: readonly ScheduleVersion[], date: LocalDate): ScheduleVersion | undefined {
  let found: ScheduleVersion | undefined;
  for (const version of schedules) {
    if (version.validFrom <= date && (found === undefined || version.validFrom >= found.validFrom)) found = version;
  }
  return found;
}

/** What the schedule says for the weekday, before holidays and time off. */
export function scheduledSecondsOn(schedules: readonly ScheduleVersion[], date: LocalDate): number {
  const version = scheduleOn(schedules, date);
  return version === undefined ? 0 : version.weekdaySeconds[isoWeekday(date) - 1] ?? 0;
}

/**
 * Expected seconds of a member on a day: the schedule's seconds for the weekday (as of that date; 0 before the first
 * schedule), 0 on a holiday, minus the day's time off (a full day takes everything), never below 0.
 */
export function expectedSecondsOn(member: MemberCalendar, date: LocalDate): number {
  const scheduled = scheduledSecondsOn(member.schedules, date);
  if (scheduled === 0 || member.isHoliday(date)) return 0;
  let off = 0;
  for (const span of member.timeOff) {
    if (span.from > date || span.to < date) continue;
    if (span.secondsPerDay === null) return 0;
    off += span.secondsPerDay;
  }
  return Math.max(0, scheduled - off);
}
