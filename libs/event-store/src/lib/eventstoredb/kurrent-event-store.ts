import {
  jsonEvent,
  metastreamOf,
  type KurrentDBClient,
  type StreamState,
} from '@kurrent/kurrentdb-client';
import type {
  AllSlice,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  ReadStreamResult,
  RecordedEvent,
  StreamMetadata,
  StreamMetadataResult,
  SubscribeAllOptions,
  Subscription,
  Upcaster,
  VerifyResult,
} from '../port/types';
import { UpcasterChain } from '../upcasting/upcaster-chain';
import { applicationStreamNames, readStoredAll } from './all-reads';
import { subscribeToAll } from './all-subscription';
import { appendChained, resolveTail } from './chained-append';
import { verifyChain } from './chain-verification';
import { toStoreError } from './error-mapping';
import {
  toAppendStreamState,
  toDeleteStreamState,
  toRevisionNumber,
} from './expected-revision';
import { KeyedLock } from './keyed-lock';
import { KurrentConnection } from './kurrent-connection';
import { encodePosition } from './position-codec';
import {
  fromStoredStreamMetadata,
  toStoredStreamMetadata,
} from './stream-metadata-mapping';
import { lastStoredEvent, readStoredStream } from './stream-reads';

export interface KurrentEventStoreOptions {
  /** e.g. `kurrentdb://localhost:2113?tls=false` */
  connectionString: string;
  upcasters?: Upcaster[];
  /** Our own deadline for the first answer from the server and for `ping()`. Default 5000 ms. */
  connectTimeoutMs?: number;
}

const METADATA_EVENT_TYPE = '$metadata';

/** The EventStoreDB/KurrentDB adapter of the event store port. */
export function createKurrentEventStore(
  options: KurrentEventStoreOptions,
): EventStore {
  return new KurrentEventStore(options);
}

class KurrentEventStore implements EventStore {
  readonly #connection: KurrentConnection;
  readonly #upcasters: UpcasterChain;
  /** Serialises this process's appends per stream, so `any` appends do not race each other for the chain tail. */
  readonly #appendLock = new KeyedLock();

  constructor(options: KurrentEventStoreOptions) {
    this.#connection = new KurrentConnection(
      options.connectionString,
      options.connectTimeoutMs,
    );
    this.#upcasters = new UpcasterChain(options.upcasters);
  }

  async append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const client = await this.#connection.client();
    return this.#appendLock.run(stream, () =>
      appendChained(client, stream, events, expected),
    );
  }

  async readStream(
    stream: string,
    options?: ReadStreamOptions,
  ): Promise<ReadStreamResult> {
    const read = await readStoredStream(
      await this.#connection.client(),
      stream,
      options,
    );
    if (read.kind !== 'found') {
      return { kind: read.kind, stream };
    }
    return { kind: 'found', events: this.upcastAll(read.events) };
  }

  async readAll(options?: ReadAllOptions): Promise<AllSlice> {
    const slice = await readStoredAll(await this.#connection.client(), options);
    return {
      ...slice,
      events: slice.events.map((event) => this.upcast(event)),
    };
  }

  subscribeAll(options: SubscribeAllOptions = {}): Subscription {
    return subscribeToAll(this.#connection, options, (event) =>
      this.upcast(event),
    );
  }

  async getStreamMetadata(stream: string): Promise<StreamMetadataResult> {
    // Read directly: the client's getStreamMetadata reports a commit position as the metastream revision.
    const lookup = await lastStoredEvent(
      await this.#connection.client(),
      metastreamOf(stream),
    );
    if (lookup.kind !== 'found') {
      return { kind: 'none' };
    }
    return {
      kind: 'found',
      metadata: fromStoredStreamMetadata(lookup.event.data),
      metastreamRevision: lookup.event.revision,
    };
  }

  async setStreamMetadata(
    stream: string,
    metadata: StreamMetadata,
    expected: ExpectedRevision = 'any',
  ): Promise<AppendResult> {
    const client = await this.#connection.client();
    const event = jsonEvent({
      type: METADATA_EVENT_TYPE,
      data: toStoredStreamMetadata(metadata),
    });
    try {
      const result = await client.appendToStream(metastreamOf(stream), event, {
        streamState: toAppendStreamState(expected),
      });
      if (!result.position) {
        throw new Error(
          `KurrentDB returned no position for the metadata of ${stream}`,
        );
      }
      return {
        nextExpectedRevision: toRevisionNumber(result.nextExpectedRevision),
        position: encodePosition(result.position),
      };
    } catch (error) {
      throw toStoreError(error, { stream, expected });
    }
  }

  async deleteStream(
    stream: string,
    expected: ExpectedRevision = 'any',
  ): Promise<void> {
    const client = await this.#connection.client();
    try {
      await client.deleteStream(stream, {
        expectedRevision: await this.deleteState(client, stream, expected),
      });
    } catch (error) {
      throw toStoreError(error, { stream, expected });
    }
  }

  async tombstoneStream(
    stream: string,
    expected: ExpectedRevision = 'any',
  ): Promise<void> {
    const client = await this.#connection.client();
    try {
      await client.tombstoneStream(stream, {
        expectedRevision: await this.deleteState(client, stream, expected),
      });
    } catch (error) {
      throw toStoreError(error, { stream, expected });
    }
  }

  async verify(stream?: string): Promise<VerifyResult> {
    const client = await this.#connection.client();
    const streams =
      stream === undefined ? applicationStreamNames(client) : single(stream);
    let eventsChecked = 0;
    for await (const name of streams) {
      const read = await readStoredStream(client, name);
      if (read.kind !== 'found') {
        continue;
      }
      const result = await verifyChain(read.events, eventsChecked);
      if (!result.ok) {
        return result;
      }
      eventsChecked = result.eventsChecked;
    }
    return { ok: true, eventsChecked };
  }

  ping(): Promise<void> {
    return this.#connection.ping();
  }

  close(): Promise<void> {
    return this.#connection.close();
  }

  /**
   * Delete and tombstone have no stream_exists state: it becomes the current revision, or `any` when the stream
   * exists but its tail is hidden. A missing stream fails here as it would on append.
   */
  private async deleteState(
    client: KurrentDBClient,
    stream: string,
    expected: ExpectedRevision,
  ): Promise<StreamState> {
    if (expected !== 'stream_exists') {
      return toDeleteStreamState(expected);
    }
    const tail = await resolveTail(client, stream, expected);
    return toDeleteStreamState(
      tail.expected === 'no_stream' ? 'any' : tail.expected,
    );
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    const { schemaVersion, data } = this.#upcasters.upcast(
      event.type,
      event.schemaVersion,
      event.data,
    );
    return schemaVersion === event.schemaVersion
      ? event
      : { ...event, schemaVersion, data };
  }

  private async *upcastAll(
    events: AsyncIterable<RecordedEvent>,
  ): AsyncGenerator<RecordedEvent> {
    for await (const event of events) {
      yield this.upcast(event);
    }
  }
}

async function* single(stream: string): AsyncGenerator<string> {
  yield stream;
}
