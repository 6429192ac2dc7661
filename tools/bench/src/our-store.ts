import {
  createPostgresEventStore,
  type EventToAppend,
  type ExpectedRevision,
  type PostgresEventStore,
} from '@billing/event-store';
import type { Contender } from './contender';

export const OUR_STORE = 'event-store (ours)';

/** libs/event-store's PostgreSQL adapter, in the default `event_store` schema. */
export function ourStoreContender(
  connectionString: string,
  connections: number,
): Contender & { store: PostgresEventStore } {
  const store = createPostgresEventStore({
    connectionString,
    maxConnections: connections,
  });
  return {
    name: OUR_STORE,
    store,
    async append(stream, events) {
      await store.append(stream, events, 'any');
    },
    async readThenAppend(stream: string, events: EventToAppend[]) {
      const read = await store.readStream(stream);
      let expected: ExpectedRevision = 'no_stream';
      if (read.kind === 'found') {
        for await (const event of read.events) {
          expected = event.revision;
        }
      }
      await store.append(stream, events, expected);
    },
    close: () => store.close(),
  };
}
