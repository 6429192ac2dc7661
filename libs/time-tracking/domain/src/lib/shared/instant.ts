import { ValidationError } from '@billing/shared/kernel';

/**
 * A point in time as stored in events: ISO-8601 UTC at whole seconds, `2026-03-31T21:30:00Z`.
 * Strings (not Date) so events survive a JSON round trip unchanged; whole seconds so every duration is an
 * integer number of seconds.
 */
export type Instant = string & { readonly __brand: 'Instant' };

const ZONED_ISO_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isInstantText(value: unknown): value is string {
  return typeof value === 'string' && ZONED_ISO_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

/** From whole Unix seconds. */
export function instantFromEpochSeconds(seconds: number): Instant {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') as Instant;
}

/**
 * Validates an ISO-8601 instant with an explicit zone (`Z` or `+02:00`) and normalises it to UTC whole seconds,
 * dropping (flooring) any fraction: 21:30:00.999Z becomes 21:30:00Z.
 */
export function parseInstant(value: unknown, path = 'instant'): Instant {
  if (!isInstantText(value)) {
    throw ValidationError.single(path, `must be an ISO-8601 instant with a zone, got ${String(value)}`);
  }
  return instantFromEpochSeconds(Math.floor(Date.parse(value) / 1000));
}

/** Whole Unix seconds of an instant. */
export function epochSeconds(instant: Instant): number {
  return Math.floor(Date.parse(instant) / 1000);
}

/** The instant as a Date, for the kernel's calendar helpers. */
export function toDate(instant: Instant): Date {
  return new Date(epochSeconds(instant) * 1000);
}

export function addSeconds(instant: Instant, seconds: number): Instant {
  return instantFromEpochSeconds(epochSeconds(instant) + seconds);
}
