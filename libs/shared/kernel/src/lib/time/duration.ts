import { ValidationError } from '../errors/domain-errors';

/** A duration: a whole, non-negative number of seconds. */
export type DurationSeconds = number & { readonly __brand: 'DurationSeconds' };

export function durationSeconds(
  seconds: number,
  path = 'seconds',
): DurationSeconds {
  if (!Number.isSafeInteger(seconds) || seconds < 0) {
    throw ValidationError.single(
      path,
      `must be a whole, non-negative number of seconds, got ${seconds}`,
    );
  }
  return seconds as DurationSeconds;
}

export function isDurationSeconds(value: unknown): value is DurationSeconds {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export const SECONDS_PER_MINUTE = 60;
export const SECONDS_PER_HOUR = 3600;

export function hours(count: number): DurationSeconds {
  return durationSeconds(count * SECONDS_PER_HOUR);
}

export function minutes(count: number): DurationSeconds {
  return durationSeconds(count * SECONDS_PER_MINUTE);
}

/** Seconds between two instants (end exclusive); throws when end is before start. */
export function secondsBetween(start: Date, end: Date): DurationSeconds {
  const milliseconds = end.getTime() - start.getTime();
  if (milliseconds < 0) {
    throw ValidationError.single('end', 'must not be before start');
  }
  return durationSeconds(Math.floor(milliseconds / 1000));
}
