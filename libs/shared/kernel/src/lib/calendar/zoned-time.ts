import {
  DateParts,
  LocalDate,
  addDays,
  localDate,
  partsOf,
} from './local-date';
import { TimeZone, offsetMillisecondsAt, wallClockOf } from './time-zone';

/** The calendar date of an instant as seen on a wall clock in the zone. */
export function localDateOf(instant: Date, timeZone: TimeZone): LocalDate {
  const wall = wallClockOf(instant, timeZone);
  return localDate(wall.year, wall.month, wall.day);
}

function wallMidnightAsUtc({ year, month, day }: DateParts): number {
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year);
  return utc.getTime();
}

const HOUR = 3_600_000;

/**
 * The first instant of a local date in a zone. Usually local midnight; when a DST gap swallows midnight
 * (e.g. America/Santiago, Asia/Beirut) it is the instant the clocks jump, the first moment that carries the date.
 * When midnight happens twice (clocks set back across it) it is the earlier one.
 */
export function startOfLocalDay(date: LocalDate, timeZone: TimeZone): Date {
  const wallMidnight = wallMidnightAsUtc(partsOf(date));
  // Every offset in use within a day of the date; a zone changes offset at most once around a given midnight.
  const offsets = new Set(
    [-36, -12, 0, 12, 36].map((hours) =>
      offsetMillisecondsAt(new Date(wallMidnight + hours * HOUR), timeZone),
    ),
  );
  const exactMidnights = [...offsets]
    .map((offset) => wallMidnight - offset)
    .filter(
      (candidate) =>
        offsetMillisecondsAt(new Date(candidate), timeZone) ===
        wallMidnight - candidate,
    );
  if (exactMidnights.length > 0) {
    return new Date(Math.min(...exactMidnights));
  }
  // Midnight falls into a gap: find the transition, the first instant whose local date is `date`.
  const sorted = [...offsets].sort((left, right) => left - right);
  let low = wallMidnight - (sorted[sorted.length - 1] ?? 0); // wall time before midnight: previous day
  let high = wallMidnight - (sorted[0] ?? 0); // wall time after midnight: `date`
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (localDateOf(new Date(middle), timeZone) >= date) {
      high = middle;
    } else {
      low = middle;
    }
  }
  return new Date(high);
}

/** The instant the next local day starts, i.e. the exclusive end of `date`. */
export function endOfLocalDay(date: LocalDate, timeZone: TimeZone): Date {
  return startOfLocalDay(addDays(date, 1), timeZone);
}
