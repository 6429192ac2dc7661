import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  anEvent,
  eventually,
  SubscriptionRecorder,
  someEvents,
} from '../../testing/contract/contract-fixtures';
import {
  prepareTestDatabase,
  runMigrations,
  uniqueSuffix,
} from '../../testing/postgres-test-database';
import type { Position } from '../port/types';
import { createEventStoreMigrations } from './migrations';
import {
  createPostgresEventStore,
  type PostgresEventStore,
} from './postgres-event-store';
import { decodePosition } from './position-codec';
import { sharedNotifierCount } from './shared-after-commit-notifier';

jest.setTimeout(60_000);

const APP_ROLE = 'billing_es_test_app';

describe('PostgreSQL event store (PostgreSQL-only behaviour)', () => {
  let url: string;
  let store: PostgresEventStore;
  let admin: Client;
  const run = uniqueSuffix();

  beforeAll(async () => {
    url = await prepareTestDatabase();
    store = createPostgresEventStore({
      connectionString: url,
      pollIntervalMs: 50,
    });
    admin = new Client({ connectionString: url });
    await admin.connect();
  });

  afterAll(async () => {
    await admin?.end();
    await store?.close();
  });

  async function marker(): Promise<Position> {
    return (await store.append(`pg_marker-${run}`, [anEvent()], 'any'))
      .position;
  }

  async function appendInOpenTransaction(
    client: Client,
    stream: string,
  ): Promise<{ position: string }> {
    await client.query('begin');
    const result = await client.query<{ position: string }>(
      `select position from event_store.append_events($1, 'any', $2::jsonb, 'event_store_appended')`,
      [stream, JSON.stringify([anEvent('pg-late-commit', { stream })])],
    );
    return result.rows[0];
  }

  it('a transaction that took an earlier position but commits later is still delivered, in commit-safe order', async () => {
    const from = await marker();
    const prefix = `pg_late-${run}-`;
    const recorder = new SubscriptionRecorder(
      store.subscribeAll({ from, filter: { streamPrefixes: [prefix] } }),
    );
    const early = new Client({ connectionString: url });
    const late = new Client({ connectionString: url });
    await early.connect();
    await late.connect();
    try {
      await eventually('caught-up', () => recorder.caughtUp);
      const earlyRow = await appendInOpenTransaction(early, `${prefix}early`);
      const lateRow = await appendInOpenTransaction(late, `${prefix}late`);
      await late.query('commit');
      expect(BigInt(earlyRow.position)).toBeLessThan(BigInt(lateRow.position));

      // The later-positioned event is committed, but while the earlier transaction runs no catch-up read may see it:
      // a reader that moved past it would skip the earlier event for good.
      const whileOpen = await store.readAll({
        from,
        filter: { streamPrefixes: [prefix] },
      });
      expect(whileOpen.events).toEqual([]);
      expect(recorder.events).toEqual([]);

      await early.query('commit');
      const delivered = await recorder.waitForEvents(2);
      expect(delivered.map((e) => e.streamId)).toEqual([
        `${prefix}early`,
        `${prefix}late`,
      ]);
      expect(decodePosition(delivered[0].position).position).toBe(
        earlyRow.position,
      );
    } finally {
      await early.end();
      await late.end();
      await recorder.stop();
    }
  });

  it('an append notifies the channel after it committed (other processes wake without polling)', async () => {
    const channel = `pg_wake_${run}`.toLowerCase();
    const writer = createPostgresEventStore({
      connectionString: url,
      notifyChannel: channel,
    });
    const listener = new Client({ connectionString: url });
    await listener.connect();
    try {
      const received: string[] = [];
      listener.on('notification', (message) => received.push(message.channel));
      await listener.query(`listen "${channel}"`);
      const stream = `pg_wake-${run}`;
      await writer.append(stream, [anEvent()], 'no_stream');
      await eventually('a notification', () => received.length > 0);
      expect(received[0]).toBe(channel);
      // By the time anyone hears it, the event is committed: a plain read (not gated) sees it.
      const read = await store.readStream(stream);
      expect(read.kind).toBe('found');
    } finally {
      await listener.end();
      await writer.close();
    }
  });

  it('store instances on one database share one coalescing notifier; closing one leaves the others notifying', async () => {
    const channel = `pg_shared_${run}`.toLowerCase();
    const before = sharedNotifierCount();
    const first = createPostgresEventStore({ connectionString: url, notifyChannel: channel });
    const second = createPostgresEventStore({ connectionString: url, notifyChannel: channel });
    const listener = new Client({ connectionString: url });
    await listener.connect();
    try {
      expect(sharedNotifierCount()).toBe(before + 1);
      let heard = 0;
      listener.on('notification', () => (heard += 1));
      await listener.query(`listen "${channel}"`);
      await first.close();
      expect(sharedNotifierCount()).toBe(before + 1);
      await second.append(`pg_shared-${run}`, [anEvent()], 'no_stream');
      await eventually('a notification after the first store closed', () => heard > 0);
    } finally {
      await listener.end();
      await second.close();
    }
    expect(sharedNotifierCount()).toBe(before);
  });

  it('positions encode the (transaction id, position) pair', async () => {
    const result = await store.append(
      `pg_pos-${run}`,
      [anEvent()],
      'no_stream',
    );
    expect(result.position).toMatch(/^\d+:\d+$/);
  });

  it('an idempotent retry returns the original position too', async () => {
    const stream = `pg_idem-${run}`;
    const events = someEvents(2);
    const first = await store.append(stream, events, 'no_stream');
    const retry = await store.append(stream, events, 'no_stream');
    expect(retry).toEqual(first);
  });

  it('counts the events behind a position, filtered', async () => {
    const from = await marker();
    const prefix = `pg_count-${run}-`;
    await store.append(`${prefix}1`, someEvents(3), 'no_stream');
    await store.append(`pg_other-${run}`, someEvents(2), 'any');
    // Counting goes through the same visibility gate as catch-up reads: poll until older transactions are done.
    const counted = (p: string): Promise<number> =>
      store.countAfter(from, { streamPrefixes: [p] });
    await eventually(
      'the appends to become visible',
      async () =>
        (await counted(prefix)) >= 3 && (await counted(`pg_other-${run}`)) >= 2,
    );
    expect(await counted(prefix)).toBe(3);
    expect(await counted(`pg_other-${run}`)).toBe(2);
  });

  it('reports the age of the oldest open write transaction', async () => {
    const writer = new Client({ connectionString: url });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query('select pg_current_xact_id()');
      const opened = Date.now();
      await eventually(
        'the transaction to age',
        () => Date.now() - opened > 300,
      );
      expect(
        await store.oldestOpenWriteTransactionAgeSeconds(),
      ).toBeGreaterThanOrEqual(0.3);
    } finally {
      await writer.query('rollback');
      await writer.end();
    }
  });

  describe('event rows are immutable', () => {
    let position: string;

    beforeAll(async () => {
      const stream = `pg_immutable-${run}`;
      const appended = await store.append(
        stream,
        [anEvent('pg-immutable', { keep: true })],
        'no_stream',
      );
      position = decodePosition(appended.position).position;
    });

    it('refuses UPDATE even for the table owner', async () => {
      await expect(
        admin.query(
          `update event_store.events set data = '{"keep": false}' where position = $1`,
          [position],
        ),
      ).rejects.toMatchObject({ code: 'ES003' });
    });

    it('refuses DELETE and TRUNCATE even for the table owner', async () => {
      await expect(
        admin.query('delete from event_store.events where position = $1', [
          position,
        ]),
      ).rejects.toMatchObject({
        code: 'ES003',
      });
      await expect(
        admin.query('truncate event_store.events cascade'),
      ).rejects.toMatchObject({ code: 'ES003' });
      const kept = await admin.query(
        'select data from event_store.events where position = $1',
        [position],
      );
      expect(kept.rows).toEqual([{ data: { keep: true } }]);
    });

    it('an application role granted read and append cannot update or delete', async () => {
      await admin.query(
        `do $$ begin create role ${APP_ROLE} nologin; exception when duplicate_object then null; end $$`,
      );
      await admin.query(`grant usage on schema event_store to ${APP_ROLE}`);
      await admin.query(
        `grant select, insert on all tables in schema event_store to ${APP_ROLE}`,
      );
      const privileges = await admin.query<{
        can_update: boolean;
        can_delete: boolean;
        can_truncate: boolean;
      }>(
        `select has_table_privilege($1, 'event_store.events', 'UPDATE') as can_update,
                has_table_privilege($1, 'event_store.events', 'DELETE') as can_delete,
                has_table_privilege($1, 'event_store.events', 'TRUNCATE') as can_truncate`,
        [APP_ROLE],
      );
      expect(privileges.rows[0]).toEqual({
        can_update: false,
        can_delete: false,
        can_truncate: false,
      });
      await admin.query('begin');
      try {
        await admin.query(`set local role ${APP_ROLE}`);
        await expect(
          admin.query('delete from event_store.events where position = $1', [
            position,
          ]),
        ).rejects.toMatchObject({
          code: '42501',
        });
      } finally {
        await admin.query('rollback');
      }
    });
  });

  describe('set-based append (batch and single appends in two throw-away schemas)', () => {
    const schemas = [`es_batch_${run}`, `es_single_${run}`].map((name) =>
      name.toLowerCase(),
    );
    let batchStore: PostgresEventStore;
    let singleStore: PostgresEventStore;

    beforeAll(async () => {
      for (const schema of schemas) {
        await runMigrations(url, createEventStoreMigrations(schema));
      }
      [batchStore, singleStore] = schemas.map((schema) =>
        createPostgresEventStore({
          connectionString: url,
          schema,
          notifyChannel: `${schema}_appended`,
        }),
      );
    });

    afterAll(async () => {
      await batchStore?.close();
      await singleStore?.close();
      for (const schema of schemas) {
        await admin.query(`drop schema if exists "${schema}" cascade`);
        await admin.query(`delete from migrations where name like $1`, [
          `%\\_${schema}1%`,
        ]);
      }
    });

    async function chainOf(
      target: PostgresEventStore,
      stream: string,
    ): Promise<Array<[number, string, string, string]>> {
      const read = await target.readStream(stream);
      if (read.kind !== 'found') throw new Error(`${stream} not found`);
      const links: Array<[number, string, string, string]> = [];
      for await (const event of read.events) {
        links.push([
          event.revision,
          event.id,
          String(event.metadata.hash),
          String(event.metadata.previousHash),
        ]);
      }
      return links;
    }

    it('a 10-event append hashes exactly like ten 1-event appends of the same content, in order', async () => {
      const stream = `chain-${run}`;
      const first = someEvents(2);
      const rest = someEvents(10);
      // Both chains start after two earlier events, so the batch links to a stored hash, not to ''.
      await batchStore.append(stream, first, 'no_stream');
      await singleStore.append(stream, first, 'no_stream');
      const batch = await batchStore.append(stream, rest, 1);
      let single = batch;
      for (const [index, event] of rest.entries()) {
        single = await singleStore.append(stream, [event], index + 1);
      }
      expect(batch.nextExpectedRevision).toBe(11);
      expect(single.nextExpectedRevision).toBe(11);

      const batchChain = await chainOf(batchStore, stream);
      expect(batchChain.map(([revision]) => revision)).toEqual(
        Array.from({ length: 12 }, (_, n) => n),
      );
      expect(batchChain.map(([, id]) => id)).toEqual(
        [...first, ...rest].map((event) => event.id),
      );
      expect(batchChain).toEqual(await chainOf(singleStore, stream));
      for (let n = 1; n < batchChain.length; n++) {
        expect(batchChain[n][3]).toBe(batchChain[n - 1][2]);
      }
      expect(await batchStore.verify(stream)).toEqual({
        ok: true,
        eventsChecked: 12,
      });
      expect(await singleStore.verify(stream)).toEqual({
        ok: true,
        eventsChecked: 12,
      });

      // Positions rise with revisions inside the batch, and the result points at the batch's last event.
      const positions = await admin.query<{
        revision: string;
        position: string;
      }>(
        `select revision, position from "${schemas[0]}".events where stream_name = $1 order by revision`,
        [stream],
      );
      const ordered = positions.rows.map((row) => BigInt(row.position));
      expect([...ordered].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(
        ordered,
      );
      expect(decodePosition(batch.position).position).toBe(
        positions.rows[11].position,
      );

      // An idempotent retry of the batch is still a no-op with the original result.
      expect(await batchStore.append(stream, rest, 1)).toEqual(batch);
      expect(await batchStore.verify(stream)).toMatchObject({
        ok: true,
        eventsChecked: 12,
      });
    });
  });

  describe('hash chain tamper detection (in a throw-away schema)', () => {
    const schema = `es_tamper_${run}`.toLowerCase();
    let tamperStore: PostgresEventStore;

    beforeAll(async () => {
      await runMigrations(url, createEventStoreMigrations(schema));
      tamperStore = createPostgresEventStore({
        connectionString: url,
        schema,
        notifyChannel: `${schema}_appended`,
      });
    });

    afterAll(async () => {
      await tamperStore?.close();
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.query(`delete from migrations where name like $1`, [
        `%\\_${schema}1%`,
      ]);
    });

    async function tamper(sql: string, params: unknown[]): Promise<void> {
      // Superuser only: replica mode skips ordinary triggers for this session, like an attacker with DB access.
      await admin.query('begin');
      try {
        await admin.query('set local session_replication_role = replica');
        await admin.query(sql, params);
        await admin.query('commit');
      } catch (error) {
        await admin.query('rollback');
        throw error;
      }
    }

    it('verify names the first event whose content was changed behind the store', async () => {
      const stream = `tamper-content-${randomUUID()}`;
      await tamperStore.append(stream, someEvents(4), 'no_stream');
      await tamperStore.append(
        `tamper-clean-${randomUUID()}`,
        someEvents(2),
        'no_stream',
      );
      expect(await tamperStore.verify()).toEqual({
        ok: true,
        eventsChecked: 6,
      });

      await tamper(
        `update "${schema}".events set data = '{"n": 100}' where stream_name = $1 and revision = 2`,
        [stream],
      );
      const events = await admin.query<{ event_id: string }>(
        `select event_id from "${schema}".events where stream_name = $1 and revision = 2`,
        [stream],
      );
      const expectedLink = {
        stream,
        revision: 2,
        eventId: events.rows[0].event_id,
        reason: 'content does not match its hash',
      };
      expect(await tamperStore.verify(stream)).toEqual({
        ok: false,
        eventsChecked: 4,
        firstBrokenLink: expectedLink,
      });
      expect(await tamperStore.verify()).toEqual({
        ok: false,
        eventsChecked: 6,
        firstBrokenLink: expectedLink,
      });
    });

    it('verify names the broken link when a hash was recomputed to hide a change', async () => {
      const stream = `tamper-rehash-${randomUUID()}`;
      await tamperStore.append(stream, someEvents(3), 'no_stream');
      await tamper(
        `update "${schema}".events
            set data = '{"n": 7}',
                hash = "${schema}".event_hash(stream_name, revision, event_id, type, schema_version, '{"n": 7}', metadata, previous_hash)
          where stream_name = $1 and revision = 1`,
        [stream],
      );
      const result = await tamperStore.verify(stream);
      expect(result).toMatchObject({
        ok: false,
        firstBrokenLink: {
          stream,
          revision: 2,
          reason: 'previous hash does not match the previous event',
        },
      });
    });
  });
});
