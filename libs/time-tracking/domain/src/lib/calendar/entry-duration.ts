import { DurationSeconds, ValidationError, durationSeconds } from '@billing/shared/kernel';
import { Instant, epochSeconds } from '../shared/instant';

export const MAX_ENTRY_SECONDS = 86_400; // 24 h x 3,600 s

export interface TimedEntry {
  startedAt: Instant;
  /** null while the timer runs. */
  endedAt: Instant | null;
}

/**
 * Integer seconds of an entry: end - start, or now - start while its timer runs. A running entry needs `now`;
 * a running entry whose start lies after `now` counts 0 s rather than a negative duration.
 */
export function entryDurationSeconds(entry: TimedEntry, now?: Instant): DurationSeconds {
  if (entry.endedAt !== null) {
    return durationSeconds(epochSeconds(entry.endedAt) - epochSeconds(entry.startedAt), 'endedAt');
  }
  if (now === undefined) {
    throw ValidationError.single('now', 'is needed for the duration of a running entry');
  }
  return durationSeconds(Math.max(0, epochSeconds(now) - epochSeconds(entry.startedAt)));
}

/**
 * The seconds an entry counts for: like entryDurationSeconds, but signed for an adjusting entry, which spans its
 * correction from the start of its day (end before start when it takes time off).
 */
export function countedEntrySeconds(entry: TimedEntry & { adjustment?: unknown }, now?: Instant): number {
  if (entry.adjustment !== undefined && entry.endedAt !== null) return epochSeconds(entry.endedAt) - epochSeconds(entry.startedAt);
  return entryDurationSeconds(entry, now);
}
