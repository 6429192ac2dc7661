import { ValidationError } from '../errors/domain-errors';

/** A calendar date without a zone, `YYYY-MM-DD`. Sorts correctly as a string. */
export type LocalDate = string & { readonly __brand: 'LocalDate' };

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

export function localDate(year: number, month: number, day: number): LocalDate {
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year);
  if (
    !Number.isInteger(year) ||
    year < 1 ||
    year > 9999 ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    throw ValidationError.single(
      'date',
      `not a calendar date: ${year}-${month}-${day}`,
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') {
    return false;
  }
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (match === null) {
    return false;
  }
  try {
    localDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return true;
  } catch {
    return false;
  }
}

export function parseLocalDate(value: unknown, path = 'date'): LocalDate {
  if (!isLocalDate(value)) {
    throw ValidationError.single(
      path,
      `must be a calendar date YYYY-MM-DD, got ${String(value)}`,
    );
  }
  return value;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function partsOf(date: LocalDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function toUtcMidnight(date: LocalDate): number {
  const { year, month, day } = partsOf(date);
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year);
  return utc.getTime();
}

function fromUtcMidnight(milliseconds: number): LocalDate {
  const utc = new Date(milliseconds);
  return localDate(
    utc.getUTCFullYear(),
    utc.getUTCMonth() + 1,
    utc.getUTCDate(),
  );
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * MILLISECONDS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(
    (toUtcMidnight(to) - toUtcMidnight(from)) / MILLISECONDS_PER_DAY,
  );
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(toUtcMidnight(date)).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
  /** `2026-W01` */
  key: string;
  monday: LocalDate;
  sunday: LocalDate;
}

/** The ISO 8601 week (Monday..Sunday) a date belongs to: the week containing its Thursday decides the year. */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const monday = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(monday, 3);
  const weekYear = partsOf(thursday).year;
  const firstOfYear = localDate(weekYear, 1, 1);
  const week = Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1;
  return {
    year: weekYear,
    week,
    key: `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`,
    monday,
    sunday: addDays(monday, 6),
  };
}

export function compareLocalDates(
  left: LocalDate,
  right: LocalDate,
): -1 | 0 | 1 {
  return left === right ? 0 : left < right ? -1 : 1;
}

const DAYS_PER_MONTH = [
  31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
] as const;

export function daysInMonth(year: number, month: number): number {
  const days = DAYS_PER_MONTH[month - 1];
  if (days === undefined) {
    throw ValidationError.single('month', `must be 1..12, got ${month}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : days;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The n-th working day (Monday..Friday, not a holiday) of a month; e.g. the default submission deadline is the
 * 3rd working day of the month after a period.
 */
export function nthWorkingDayOfMonth(
  year: number,
  month: number,
  n: number,
  isHoliday: (date: LocalDate) => boolean = () => false,
): LocalDate {
  if (!Number.isInteger(n) || n < 1 || n > 23) {
    throw ValidationError.single(
      'n',
      `must be a whole number from 1 to 23, got ${n}`,
    );
  }
  let count = 0;
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    const date = localDate(year, month, day);
    if (isoWeekday(date) <= 5 && !isHoliday(date)) {
      count += 1;
      if (count === n) {
        return date;
      }
    }
  }
  throw ValidationError.single(
    'n',
    `month ${year}-${month} has fewer than ${n} working days`,
  );
}
