import type { RecordedEvent } from '../port/types';

/** Keyed events split over lanes (each lane keeps its events' order), or events that must be applied alone. */
export type LaneSegment =
  | { kind: 'lanes'; lanes: RecordedEvent[][] }
  | { kind: 'barrier'; events: RecordedEvent[] };

/**
 * Cuts a batch into segments for a replay in `laneCount` concurrent lanes. A run of keyed events (`partitionOf`
 * answers a key) is spread over the lanes by key, so all events of one key stay in one lane and in order; a run of
 * unkeyed events (null: they may touch any key, e.g. a rename) is a barrier applied alone, after everything before
 * it and before everything after it.
 */
export function planLanes(
  events: readonly RecordedEvent[],
  partitionOf: (event: RecordedEvent) => string | null,
  laneCount: number,
): LaneSegment[] {
  if (!Number.isInteger(laneCount) || laneCount < 1)
    throw new RangeError(
      `laneCount must be a positive integer, got ${laneCount}`,
    );
  const segments: LaneSegment[] = [];
  let current: LaneSegment | null = null;
  for (const event of events) {
    const key = partitionOf(event);
    if (key === null) {
      if (current?.kind !== 'barrier') {
        current = { kind: 'barrier', events: [] };
        segments.push(current);
      }
      current.events.push(event);
      continue;
    }
    if (current?.kind !== 'lanes') {
      current = {
        kind: 'lanes',
        lanes: Array.from({ length: laneCount }, () => []),
      };
      segments.push(current);
    }
    current.lanes[laneOf(key, laneCount)]?.push(event);
  }
  return segments.map((segment) =>
    segment.kind === 'lanes'
      ? {
          kind: 'lanes',
          lanes: segment.lanes.filter((lane) => lane.length > 0),
        }
      : segment,
  );
}

/** FNV-1a over the key's UTF-16 code units: stable across processes and runs, cheap, well spread for ids. */
export function laneOf(key: string, laneCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % laneCount;
}
