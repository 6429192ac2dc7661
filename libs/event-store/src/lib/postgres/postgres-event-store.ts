import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EventStoreUnavailableError } from '../port/errors';
import {
  START,
  type AllFilter,
  type AllSlice,
  type AppendResult,
  type EventCounter,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type ReadStreamOptions,
  type ReadStreamResult,
  type StreamMetadata,
  type StreamMetadataResult,
  type SubscribeAllOptions,
  type Subscription,
  type Upcaster,
  type VerifyResult,
} from '../port/types';
import { UpcasterChain } from '../upcasting/upcaster-chain';
import { mapAppendError, toSqlExpected } from './error-mapping';
import { DEFAULT_EVENT_STORE_SCHEMA } from './migrations';
import { leaseAfterCommitNotifier, NotifierLease } from './shared-after-commit-notifier';
import { NotificationListener } from './notification-listener';
import { encodePosition } from './position-codec';
import { countVisibleAfter, readAllSlice } from './read-all-query';
import { readStream } from './read-stream-query';
import { quoteIdentifier } from './sql/quote-identifier';
import { createPostgresSubscription } from './postgres-subscription';
import { verifyChain } from './verify-query';

export interface PostgresEventStoreOptions {
  connectionString: string;
  upcasters?: Upcaster[];
  /** Schema holding the store's tables; created by `createEventStoreMigrations(schema)`. Default `event_store`. */
  schema?: string;
  /** LISTEN/NOTIFY channel that wakes subscribers. Default `event_store_appended`. */
  notifyChannel?: string;
  /**
   * Live subscribers re-read at least this often when no notification arrives. Default 250 ms.
   * Appends made through this adapter wake subscribers at once (in this process directly, in others by a NOTIFY
   * sent after commit); the poll only covers writers that do not notify (direct SQL calls of `append_events`
   * without a channel, a lost notification). Shorter means lower worst-case latency for those, at the cost of one
   * cheap index probe per idle subscription per interval.
   */
  pollIntervalMs?: number;
  /**
   * At most one NOTIFY per this many milliseconds per process and database (store instances share one notifier);
   * appends in between share it. Default 5 ms.
   */
  notifyCoalesceMs?: number;
  /** Called when the after-commit NOTIFY fails (the append itself succeeded). Default: `console.warn`. */
  onNotifyError?: (error: unknown) => void;
  /** Size of the store's own connection pool. Default 10. */
  maxConnections?: number;
}

/** The PostgreSQL adapter: the port plus what operators and the projection runner need. */
export interface PostgresEventStore extends EventStore, EventCounter {
  /**
   * Age in seconds of the oldest transaction in the cluster that holds a transaction id (i.e. has written).
   * Catch-up readers cannot move past its events until it ends; alert when this grows.
   */
  oldestOpenWriteTransactionAgeSeconds(): Promise<number>;
}

const DEFAULT_MAX_COUNT = 4096;
const METADATA_EVENT_TYPE = '$metadata';

interface AppendRow {
  next_revision: string;
  transaction_id: string;
  position: string;
}

class PgEventStore implements PostgresEventStore {
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly channel: string;
  private readonly upcasters: UpcasterChain;
  private readonly listener: NotificationListener;
  private readonly notifier: NotifierLease;
  private readonly pollIntervalMs: number;

  constructor(options: PostgresEventStoreOptions) {
    this.schema = quoteIdentifier(options.schema ?? DEFAULT_EVENT_STORE_SCHEMA);
    this.channel = options.notifyChannel ?? 'event_store_appended';
    quoteIdentifier(this.channel);
    this.upcasters = new UpcasterChain(options.upcasters);
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.listener = new NotificationListener(
      options.connectionString,
      this.channel,
    );
    this.notifier = leaseAfterCommitNotifier({
      connectionString: options.connectionString,
      channel: this.channel,
      minIntervalMs: options.notifyCoalesceMs ?? 5,
      onError:
        options.onNotifyError ??
        ((error) =>
          console.warn(
            `event-store: NOTIFY after append failed (subscribers fall back to polling): ${describe(error)}`,
          )),
    });
  }

  async append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const payload = events.map((event) => ({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data,
      metadata: event.metadata,
    }));
    let row: AppendRow | undefined;
    try {
      // No channel: the function does not notify inside the transaction (that serialises commits); see below.
      const result = await this.pool.query<AppendRow>(
        `select next_revision, transaction_id, position from ${this.schema}.append_events($1, $2, $3::jsonb, null)`,
        [stream, toSqlExpected(expected), JSON.stringify(payload)],
      );
      row = result.rows[0];
    } catch (error) {
      throw mapAppendError(error, stream, expected);
    }
    // Committed: wake this process's subscribers now and other processes' with a coalesced NOTIFY.
    this.listener.signal.fire();
    this.notifier.notify();
    if (!row) {
      return { nextExpectedRevision: -1, position: START };
    }
    return {
      nextExpectedRevision: Number(row.next_revision),
      position: encodePosition(row.transaction_id, row.position),
    };
  }

  readStream(
    stream: string,
    options: ReadStreamOptions = {},
  ): Promise<ReadStreamResult> {
    return readStream(this.pool, this.schema, this.upcasters, stream, options);
  }

  readAll(options: ReadAllOptions = {}): Promise<AllSlice> {
    return readAllSlice(
      this.pool,
      this.schema,
      this.upcasters,
      options.from ?? START,
      options.maxCount ?? DEFAULT_MAX_COUNT,
      options.filter,
    );
  }

  subscribeAll(options: SubscribeAllOptions = {}): Subscription {
    return createPostgresSubscription(
      {
        readSlice: (from, maxCount, filter) =>
          readAllSlice(
            this.pool,
            this.schema,
            this.upcasters,
            from,
            maxCount,
            filter,
          ),
        listener: this.listener,
        pollIntervalMs: this.pollIntervalMs,
      },
      options,
    );
  }

  async getStreamMetadata(stream: string): Promise<StreamMetadataResult> {
    const result = await this.pool.query<{
      revision: string;
      data: StreamMetadata;
    }>(
      `select e.revision, e.data from ${this.schema}.events e
        where e.stream_name = $1 order by e.revision desc limit 1`,
      [metastreamOf(stream)],
    );
    const row = result.rows[0];
    return row
      ? {
          kind: 'found',
          metadata: row.data,
          metastreamRevision: Number(row.revision),
        }
      : { kind: 'none' };
  }

  setStreamMetadata(
    stream: string,
    metadata: StreamMetadata,
    expected: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    return this.append(
      metastreamOf(stream),
      [
        {
          id: randomUUID(),
          type: METADATA_EVENT_TYPE,
          data: metadata,
          metadata: {
            actor: 'system:event-store',
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        },
      ],
      expected,
    );
  }

  deleteStream(
    stream: string,
    expected: ExpectedRevision = 'any',
  ): Promise<void> {
    return this.delete(stream, expected, false);
  }

  tombstoneStream(
    stream: string,
    expected: ExpectedRevision = 'any',
  ): Promise<void> {
    return this.delete(stream, expected, true);
  }

  verify(stream?: string): Promise<VerifyResult> {
    return verifyChain(this.pool, this.schema, stream);
  }

  countAfter(from: Position, filter?: AllFilter): Promise<number> {
    return countVisibleAfter(this.pool, this.schema, from, filter);
  }

  async oldestOpenWriteTransactionAgeSeconds(): Promise<number> {
    const result = await this.pool.query<{ age: number | null }>(
      `select extract(epoch from clock_timestamp() - min(xact_start))::float8 as age
         from pg_stat_activity where backend_xid is not null`,
    );
    return result.rows[0]?.age ?? 0;
  }

  async ping(): Promise<void> {
    try {
      await this.pool.query('select 1');
    } catch (error) {
      throw new EventStoreUnavailableError(
        `PostgreSQL event store unreachable: ${describe(error)}`,
        { cause: error },
      );
    }
  }

  async close(): Promise<void> {
    await this.notifier.release();
    await this.listener.close();
    await this.pool.end();
  }

  private async delete(
    stream: string,
    expected: ExpectedRevision,
    hard: boolean,
  ): Promise<void> {
    try {
      await this.pool.query(`select ${this.schema}.delete_stream($1, $2, $3)`, [
        stream,
        toSqlExpected(expected),
        hard,
      ]);
    } catch (error) {
      throw mapAppendError(error, stream, expected);
    }
  }
}

function metastreamOf(stream: string): string {
  return `$$${stream}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

export function createPostgresEventStore(
  options: PostgresEventStoreOptions,
): PostgresEventStore {
  return new PgEventStore(options);
}
