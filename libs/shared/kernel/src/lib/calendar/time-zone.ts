import { ValidationError } from '../errors/domain-errors';

/** A validated, canonical IANA time zone name such as `Europe/Berlin` or `UTC`. */
export type TimeZone = string & { readonly __brand: 'TimeZone' };

export const UTC = 'UTC' as TimeZone;

/** Names only: `Area/Location`, `UTC`, `Etc/GMT+1`. Offsets such as `+01:00` are not IANA zones. */
const ZONE_NAME_PATTERN =
  /^(?:UTC|GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+|[A-Za-z]{3,5}\d?[A-Za-z]*)$/;

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function canonicalName(name: string): string | undefined {
  if (!ZONE_NAME_PATTERN.test(name)) {
    return undefined;
  }
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone: name,
    }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isValidTimeZone(value: unknown): value is TimeZone {
  return typeof value === 'string' && canonicalName(value) !== undefined;
}

/** Validates an IANA zone name and returns the runtime's canonical spelling of it. */
export function parseTimeZone(value: unknown, path = 'timeZone'): TimeZone {
  const canonical =
    typeof value === 'string' ? canonicalName(value) : undefined;
  if (canonical === undefined) {
    throw ValidationError.single(
      path,
      `unknown IANA time zone: ${String(value)}`,
    );
  }
  return canonical as TimeZone;
}

export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  /** 0..23 */
  hour: number;
  minute: number;
  second: number;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterCache.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatterCache.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone (seconds precision). */
export function wallClockOf(instant: Date, timeZone: TimeZone): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((candidate) => candidate.type === type);
    if (part === undefined) {
      throw new Error(`Intl did not produce ${type} for ${timeZone}`);
    }
    return Number(part.value);
  };
  const era = parts.find((part) => part.type === 'era')?.value;
  const year = read('year');
  return {
    year: era === 'BC' || era === 'B' ? 1 - year : year,
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
    second: read('second'),
  };
}

/** Milliseconds the zone is ahead of UTC at the instant (Berlin in summer: +7,200,000). */
export function offsetMillisecondsAt(
  instant: Date,
  timeZone: TimeZone,
): number {
  const wall = wallClockOf(instant, timeZone);
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return wallAsUtc - wholeSeconds;
}
