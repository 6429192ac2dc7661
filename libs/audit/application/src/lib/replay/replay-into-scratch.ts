import type { EventStore, Position, Projection } from '@billing/event-store';
import type { DataSource } from 'typeorm';
import { matchesFilter } from './event-filter';

const BATCH = 1000;

/**
 * Applies every event after `from` to every projection, batch by batch, each batch in one transaction whose
 * search_path points at the scratch copies. The projections advance together, as live ones that keep up do, so one
 * that reads another's table (an entry's time zone from the organisation settings) reads it at the same point.
 * Side effects stay off: the context says `replaying`. Returns the position after the last event and the count.
 */
export async function replayIntoScratch(
  dataSource: DataSource,
  store: EventStore,
  scratch: string,
  projections: readonly Projection[],
  from: Position,
  onBatch: (events: number) => Promise<void>,
  shouldStop: () => boolean,
): Promise<{ position: Position; events: number }> {
  let position = from;
  let events = 0;
  for (;;) {
    if (shouldStop()) throw new Error('replay stopped: the api is shutting down');
    const slice = await store.readAll({ from: position, maxCount: BATCH });
    if (slice.events.length > 0) {
      await dataSource.transaction(async (em) => {
        await em.query(`set local search_path = ${scratch}, public`);
        for (const projection of projections) {
          const mine = slice.events.filter((event) => matchesFilter(projection.filter, event));
          if (mine.length > 0) await projection.apply(mine, em, { projection: projection.name, replaying: true });
        }
      });
      events += slice.events.length;
      await onBatch(events);
    }
    position = slice.next;
    if (slice.isEnd) return { position, events };
  }
}
