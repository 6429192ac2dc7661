import { DataSource, type EntityManager } from 'typeorm';
import { anEvent } from '../../testing/contract/contract-fixtures';
import {
  prepareTestDatabase,
  uniqueSuffix,
} from '../../testing/postgres-test-database';
import {
  createPostgresEventStore,
  type PostgresEventStore,
} from '../postgres/postgres-event-store';
import type { RecordedEvent } from '../port/types';
import type { Projection } from './projection';
import { SubscriptionRunner } from './subscription-runner';

jest.setTimeout(60_000);

/**
 * Records each applied event with the order it was applied in and its transaction. Streams `<prefix>org` are
 * unkeyed (they may touch anything); every other stream is its own key. Keyed events already applied are skipped,
 * as `partitionOf` requires.
 */
function laneProjection(name: string, prefix: string): Projection {
  return {
    name,
    filter: { streamPrefixes: [prefix] },
    partitionOf: (event) =>
      event.streamId === `${prefix}org` ? null : event.streamId,
    async apply(events: RecordedEvent[], em: EntityManager) {
      for (const event of events)
        await em.query(
          `insert into es_test_lanes (projection, event_id, stream, revision, appended, tx)
           values ($1, $2, $3, $4, $5, txid_current()) on conflict (projection, event_id) do nothing`,
          [
            name,
            event.id,
            event.streamId,
            event.revision,
            (event.data as { n: number }).n,
          ],
        );
    },
    async reset(em: EntityManager) {
      await em.query('delete from es_test_lanes where projection = $1', [name]);
    },
  };
}

interface AppliedRow {
  stream: string;
  revision: number;
  appended: number;
  applied: string;
  tx: string;
}

describe('rebuild in concurrent lanes (PostgreSQL)', () => {
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const run = uniqueSuffix();

  beforeAll(async () => {
    const url = await prepareTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url, extra: { max: 6 } });
    await dataSource.initialize();
    await dataSource.query(`
      create table if not exists es_test_lanes (
        projection text not null,
        event_id uuid not null,
        stream text not null,
        revision bigint not null,
        appended integer not null,
        applied bigserial,
        tx bigint not null,
        primary key (projection, event_id)
      )`);
    store = createPostgresEventStore({
      connectionString: url,
      pollIntervalMs: 50,
    });
  });

  afterAll(async () => {
    await store?.close();
    await dataSource?.destroy();
  });

  it('given keyed events around unkeyed ones, when rebuilt in three lanes, then every event is applied once, each stream in order, each unkeyed event between what precedes and follows it', async () => {
    const prefix = `lanes_${run}-`;
    const name = `lanes-${run}`;
    for (let n = 0; n < 120; n++) {
      const stream = n % 40 === 39 ? `${prefix}org` : `${prefix}${n % 7}`;
      await store.append(stream, [anEvent('lane-test', { n })], 'any');
    }
    const runner = new SubscriptionRunner(
      dataSource,
      store,
      [laneProjection(name, prefix)],
      {
        rebuildBatchSize: 50,
        rebuildLanes: 3,
        lockPollMs: 50,
      },
    );
    await runner.rebuild(name);

    const rows: AppliedRow[] = await dataSource.query(
      `select stream, revision::int as revision, appended, applied, tx::text as tx
         from es_test_lanes where projection = $1`,
      [name],
    );
    expect(rows).toHaveLength(120);
    const byPosition = [...rows].sort((a, b) => a.appended - b.appended);
    const appliedOf = (row: AppliedRow) => BigInt(row.applied);
    // Each stream's events were applied in revision order.
    for (const stream of new Set(rows.map((row) => row.stream))) {
      const ofStream = byPosition.filter((row) => row.stream === stream);
      const order = ofStream.map(appliedOf);
      expect(order).toEqual(
        [...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    // Each unkeyed event came after everything before it and before everything after it.
    const barriers = byPosition.filter((row) => row.stream === `${prefix}org`);
    expect(barriers).toHaveLength(3);
    for (const barrier of barriers) {
      const index = byPosition.indexOf(barrier);
      for (const earlier of byPosition.slice(0, index))
        expect(appliedOf(earlier) < appliedOf(barrier)).toBe(true);
      for (const later of byPosition.slice(index + 1))
        expect(appliedOf(later) > appliedOf(barrier)).toBe(true);
    }
    // Keyed events of one batch went to several transactions (the lanes), unkeyed ones to their own.
    const keyedTransactions = new Set(
      rows.filter((row) => row.stream !== `${prefix}org`).map((row) => row.tx),
    );
    expect(keyedTransactions.size).toBeGreaterThan(3 /* batches */);
    const lag = await runner.lag(name);
    expect(lag.eventsApplied).toBe(120);
  });

  it('given a lane that fails, when rebuilt, then the rebuild rejects with that failure after the other lanes settled', async () => {
    const prefix = `lanes_fail_${run}-`;
    const name = `lanes-fail-${run}`;
    for (let n = 0; n < 12; n++)
      await store.append(
        `${prefix}${n % 4}`,
        [anEvent('lane-test', { n })],
        'any',
      );
    const failing: Projection = {
      ...laneProjection(name, prefix),
      async apply(events, em, context) {
        await laneProjection(name, prefix).apply(events, em, context);
        if (events.some((event) => event.streamId === `${prefix}2`))
          throw new Error('lane broke');
      },
    };
    const runner = new SubscriptionRunner(dataSource, store, [failing], {
      rebuildLanes: 2,
      lockPollMs: 50,
    });
    await expect(runner.rebuild(name)).rejects.toThrow('lane broke');
    const [{ count }] = await dataSource.query(
      `select count(*)::int as count from es_test_lanes where projection = $1 and stream = $2`,
      [name, `${prefix}2`],
    );
    expect(count).toBe(0);
    expect((await runner.lag(name)).eventsApplied).toBe(0);
  });
});
