import { describeEventStoreContract } from '../../testing/contract-suite';
import { createKurrentEventStore } from './kurrent-event-store';

const connectionString = process.env['EVENTSTORE_CONNECTION_STRING'];

if (connectionString) {
  jest.setTimeout(120_000);

  describeEventStoreContract('KurrentDB', async ({ upcasters }) => {
    const store = createKurrentEventStore({
      connectionString,
      upcasters: [...upcasters],
      connectTimeoutMs: 10_000,
    });
    await store.ping();
    return { store, dispose: () => store.close() };
  });
} else {
  // The one allowed skip: no KurrentDB server on this machine. Set e.g. kurrentdb://localhost:2113?tls=false to run.
  describe.skip('EventStore contract: KurrentDB (skipped: EVENTSTORE_CONNECTION_STRING not set)', () => {
    it('runs the shared contract suite against a KurrentDB server', () =>
      undefined);
  });
}
