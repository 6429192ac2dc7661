import { type LocalDate, addDays, isoWeekOf } from '@billing/shared/kernel';

export interface PaceFigures {
  expectedSeconds: number;
  trackedSeconds: number;
  missingSeconds: number;
}

export interface PaceDay extends PaceFigures {
  date: LocalDate;
}

export const ZERO_FIGURES: PaceFigures = { expectedSeconds: 0, trackedSeconds: 0, missingSeconds: 0 };

/** One member's day: missing = max(0, expected - tracked); tracking more never counts as missing. */
export function paceDay(date: LocalDate, expectedSeconds: number, trackedSeconds: number): PaceDay {
  return { date, expectedSeconds, trackedSeconds, missingSeconds: Math.max(0, expectedSeconds - trackedSeconds) };
}

/** Sums figures; missing is the sum of each day's missing, so a long day does not fill another day's gap. */
export function addFigures(left: PaceFigures, right: PaceFigures): PaceFigures {
  return {
    expectedSeconds: left.expectedSeconds + right.expectedSeconds,
    trackedSeconds: left.trackedSeconds + right.trackedSeconds,
    missingSeconds: left.missingSeconds + right.missingSeconds,
  };
}

export const sumFigures = (figures: readonly PaceFigures[]): PaceFigures => figures.reduce(addFigures, ZERO_FIGURES);

/** Behind: tracked under 90 % of expected, in integers (tracked x 10 < expected x 9). Nothing expected: never behind. */
export function isBehind(figures: Pick<PaceFigures, 'expectedSeconds' | 'trackedSeconds'>): boolean {
  return figures.trackedSeconds * 10 < figures.expectedSeconds * 9;
}

export type PaceRollup = 'day' | 'week' | 'month';

export interface PaceBucket extends PaceFigures {
  key: string;
  from: LocalDate;
  to: LocalDate;
}

/** The bucket a date falls in: the day, its ISO week (Monday..Sunday) or its calendar month. */
export function bucketOf(date: LocalDate, rollup: PaceRollup): { key: string; from: LocalDate; to: LocalDate } {
  switch (rollup) {
    case 'day':
      return { key: date, from: date, to: date };
    case 'week': {
      const week = isoWeekOf(date);
      return { key: week.key, from: week.monday, to: week.sunday };
    }
    case 'month': {
      const first = `${date.slice(0, 8)}01` as LocalDate;
      const nextMonth = addDays(first, 32);
      return { key: date.slice(0, 7), from: first, to: addDays(`${nextMonth.slice(0, 8)}01` as LocalDate, -1) };
    }
    default: {
      const unknown: never = rollup;
      throw new Error(`Unknown rollup ${String(unknown)}`);
    }
  }
}

/**
 * Rolls days up into buckets, in date order. A bucket's `from`/`to` are clipped to the range asked for, so a week
 * that starts before `from` reports the days inside the range only.
 */
export function rollUp(days: readonly PaceDay[], rollup: PaceRollup, range?: { from: LocalDate; to: LocalDate }): PaceBucket[] {
  const buckets = new Map<string, PaceBucket>();
  for (const day of [...days].sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0))) {
    const { key, from, to } = bucketOf(day.date, rollup);
    const current = buckets.get(key) ?? {
      key,
      from: range && range.from > from ? range.from : from,
      to: range && range.to < to ? range.to : to,
      ...ZERO_FIGURES,
    };
    buckets.set(key, { ...current, ...addFigures(current, day) });
  }
  return [...buckets.values()];
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}
