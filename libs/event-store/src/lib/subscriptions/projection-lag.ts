import type { DataSource } from 'typeorm';
import type {
  AllFilter,
  EventCounter,
  EventStore,
  Position,
} from '../port/types';
import { loadCheckpoint } from './checkpoint-repository';

export interface ProjectionLag {
  projection: string;
  checkpoint: Position;
  /** Events after the checkpoint that the projection will still receive; capped at `countCap` without a counter. */
  eventsBehind: number;
  eventsApplied: number;
  /** When the store recorded the last applied event (null before the first). */
  lastAppliedEventRecordedAt: string | null;
  lastAppliedEventAgeSeconds: number | null;
}

const PAGE = 1000;

/** Whether the adapter counts events itself (one query) rather than by paging `readAll`. */
export function isEventCounter(
  store: EventStore,
): store is EventStore & EventCounter {
  return typeof (store as Partial<EventCounter>).countAfter === 'function';
}

/** Counts with the adapter's counter when it has one, otherwise by paging readAll (stops at `cap`). */
export async function countEventsAfter(
  store: EventStore,
  from: Position,
  filter: AllFilter | undefined,
  cap: number,
): Promise<number> {
  if (isEventCounter(store)) {
    return store.countAfter(from, filter);
  }
  let count = 0;
  let position = from;
  while (count < cap) {
    const slice = await store.readAll({
      from: position,
      maxCount: PAGE,
      filter,
    });
    count += slice.events.length;
    position = slice.next;
    if (slice.isEnd) {
      break;
    }
  }
  return Math.min(count, cap);
}

export async function measureLag(
  dataSource: DataSource,
  store: EventStore,
  projection: string,
  filter: AllFilter | undefined,
  now: Date,
  countCap = 100_000,
): Promise<ProjectionLag> {
  const checkpoint = await dataSource.transaction((em) =>
    loadCheckpoint(em, projection),
  );
  const recordedAt = checkpoint.lastEventRecordedAt;
  return {
    projection,
    checkpoint: checkpoint.position,
    eventsBehind: await countEventsAfter(
      store,
      checkpoint.position,
      filter,
      countCap,
    ),
    eventsApplied: checkpoint.eventsApplied,
    lastAppliedEventRecordedAt: recordedAt,
    lastAppliedEventAgeSeconds:
      recordedAt === null
        ? null
        : (now.getTime() - Date.parse(recordedAt)) / 1000,
  };
}
