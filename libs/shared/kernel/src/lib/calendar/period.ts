import { ValidationError } from '../errors/domain-errors';
import { LocalDate, localDate } from './local-date';
import { TimeZone } from './time-zone';
import { localDateOf, startOfLocalDay } from './zoned-time';

const PERIOD_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A billing / closing period: one calendar month in the organisation's time zone.
 * `start` is inclusive, `end` exclusive (the start of the next month), both instants.
 */
export class Period {
  readonly start: Date;
  readonly end: Date;

  private constructor(
    readonly year: number,
    readonly month: number,
    readonly timeZone: TimeZone,
  ) {
    this.start = startOfLocalDay(localDate(year, month, 1), timeZone);
    const next = Period.shift(year, month, 1);
    this.end = startOfLocalDay(localDate(next.year, next.month, 1), timeZone);
  }

  static of(year: number, month: number, timeZone: TimeZone): Period {
    if (
      !Number.isInteger(year) ||
      year < 1 ||
      year > 9998 ||
      !Number.isInteger(month) ||
      month < 1 ||
      month > 12
    ) {
      throw ValidationError.single('period', `not a month: ${year}-${month}`);
    }
    return new Period(year, month, timeZone);
  }

  /** Parses `YYYY-MM`. */
  static fromKey(key: string, timeZone: TimeZone): Period {
    const match = PERIOD_KEY_PATTERN.exec(key);
    if (match === null) {
      throw ValidationError.single('period', `must be YYYY-MM, got ${key}`);
    }
    return Period.of(Number(match[1]), Number(match[2]), timeZone);
  }

  /** The period an instant belongs to, by its local date in the zone. */
  static containing(instant: Date, timeZone: TimeZone): Period {
    return Period.ofDate(localDateOf(instant, timeZone), timeZone);
  }

  static ofDate(date: LocalDate, timeZone: TimeZone): Period {
    return Period.of(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)),
      timeZone,
    );
  }

  private static shift(
    year: number,
    month: number,
    months: number,
  ): { year: number; month: number } {
    const index = year * 12 + (month - 1) + months;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }

  /** `YYYY-MM` */
  get key(): string {
    return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}`;
  }

  get firstDay(): LocalDate {
    return localDate(this.year, this.month, 1);
  }

  contains(instant: Date): boolean {
    const time = instant.getTime();
    return time >= this.start.getTime() && time < this.end.getTime();
  }

  containsDate(date: LocalDate): boolean {
    return date.startsWith(`${this.key}-`);
  }

  next(): Period {
    const { year, month } = Period.shift(this.year, this.month, 1);
    return Period.of(year, month, this.timeZone);
  }

  previous(): Period {
    const { year, month } = Period.shift(this.year, this.month, -1);
    return Period.of(year, month, this.timeZone);
  }

  equals(other: Period): boolean {
    return this.key === other.key && this.timeZone === other.timeZone;
  }

  toString(): string {
    return `${this.key} (${this.timeZone})`;
  }
}
