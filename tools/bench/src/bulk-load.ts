import { createPostgresEventStore } from '@billing/event-store';
import { sampleEvents } from './sample-events';

/**
 * Fills a store schema through its own append function (so rows, hash chains and transaction ids are exactly what the
 * adapter writes): `eventsPerAppend` events per call, one stream per call, two loaders in parallel (two cores).
 */
export async function bulkLoad(
  connectionString: string,
  schema: string,
  total: number,
  eventsPerAppend = 1000,
  loaders = 2,
): Promise<void> {
  const store = createPostgresEventStore({
    connectionString,
    schema,
    maxConnections: loaders,
  });
  const appends = Math.ceil(total / eventsPerAppend);
  let next = 0;
  let lastReport = Date.now();
  const loader = async () => {
    for (let index = next++; index < appends; index = next++) {
      const count = Math.min(eventsPerAppend, total - index * eventsPerAppend);
      await store.append(
        `load-${index}`,
        sampleEvents(count, index),
        'no_stream',
      );
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.log(
          `  loaded ${(index * eventsPerAppend).toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`,
        );
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: loaders }, loader));
  } finally {
    await store.close();
  }
}
