import { type TimeZone, offsetMillisecondsAt } from '@billing/shared/kernel';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant a wall-clock reading stands for in an IANA zone. A reading that happens twice (clocks set back)
 * is the earlier instant; one that never happens (clocks jump forward) is read with the offset before the jump,
 * as RFC 5545 asks (10:30 in a 10:00 -> 11:00 gap is 11:30).
 */
export function instantOfWallTime(wall: WallTime, timeZone: TimeZone): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetBefore = offsetMillisecondsAt(new Date(asUtc - 86_400_000), timeZone);
  const offsetAfter = offsetMillisecondsAt(new Date(asUtc + 86_400_000), timeZone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((candidate) => offsetMillisecondsAt(new Date(candidate), timeZone) === asUtc - candidate)
    .sort((left, right) => left - right);
  const exact = candidates[0];
  return new Date(exact ?? asUtc - offsetBefore);
}
