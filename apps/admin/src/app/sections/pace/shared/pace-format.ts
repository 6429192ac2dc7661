import { addDays } from '../../time/shared/local-time';

/** 14400 -> `4h`, 27000 -> `7h 30m`, 0 -> `0h`, 90 -> `0h 1m`: whole minutes, rounded down (integers only). */
export function hoursLabel(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)}h` : `${Math.floor(minutes / 60)}h ${rest}m`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

/** `2026-11-03` -> `3 Nov`. */
export function dayLabel(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** `2026-11-03` -> `Tue`. */
export function weekdayLabel(day: string): string {
  return weekdayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** `2026-11-17` -> `2026-11-01`. */
export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/**
 * How complete a day (or a period) is, for colouring: `none` when nothing is expected and nothing tracked, `extra`
 * when time was tracked though nothing was expected; else by tracked / expected: `full` (100 % or more), `near`
 * (90 % or more: not behind), `half` (50 % or more), `low` (under 50 %). Integer comparisons, as the server's
 * "behind" rule (tracked x 10 < expected x 9).
 */
export type CompletenessBucket = 'none' | 'extra' | 'full' | 'near' | 'half' | 'low';

export function completenessBucket(trackedSeconds: number, expectedSeconds: number): CompletenessBucket {
  if (expectedSeconds <= 0) {
    return trackedSeconds > 0 ? 'extra' : 'none';
  }
  if (trackedSeconds >= expectedSeconds) {
    return 'full';
  }
  if (trackedSeconds * 10 >= expectedSeconds * 9) {
    return 'near';
  }
  return trackedSeconds * 2 >= expectedSeconds ? 'half' : 'low';
}

/** Tracked as a whole percentage of expected, rounded down; null when nothing is expected. */
export function completenessPercent(trackedSeconds: number, expectedSeconds: number): number | null {
  return expectedSeconds > 0 ? Math.floor((trackedSeconds * 100) / expectedSeconds) : null;
}
