import { describeEventStoreContract } from '../../testing/contract-suite';
import { prepareTestDatabase } from '../../testing/postgres-test-database';
import { createPostgresEventStore } from './postgres-event-store';

jest.setTimeout(90_000);

describeEventStoreContract('PostgreSQL', async ({ upcasters }) => {
  const connectionString = await prepareTestDatabase();
  const store = createPostgresEventStore({
    connectionString,
    upcasters: [...upcasters],
    pollIntervalMs: 200,
    maxConnections: 20,
  });
  await store.ping();
  return { store, dispose: () => store.close() };
});
