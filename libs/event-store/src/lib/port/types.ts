/**
 * The event store port. Both adapters (PostgreSQL, EventStoreDB/KurrentDB) implement it and pass one contract suite.
 * Positions are opaque strings: never parse, compare or assume density across adapters.
 */

/** Opaque global position token. `START` reads from the very beginning. */
export type Position = string & { readonly __brand: 'Position' };
export const START = 'start' as Position;

/** Expected revision of a stream before an append. Revisions start at 0. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

/** What callers attach to every event: who did it, when, and why. */
export interface EventMetadata {
  /** Member id, or `system:<component>` for automated writes. */
  actor: string;
  /** When the fact happened in the business sense (ISO-8601 instant). */
  occurredAt: string;
  correlationId: string;
  causationId?: string;
  reason?: string;
  /** Free extra fields, kept verbatim. */
  [extra: string]: unknown;
}

export interface EventToAppend<Data = unknown> {
  /** UUID. Re-sending the same ids at the same expected revision is a no-op. */
  id: string;
  /** Stable stored type name, e.g. `time-entry-logged`; independent of class names. */
  type: string;
  /** Schema version of `data`; defaults to 1. Upcasters lift old versions on read. */
  schemaVersion?: number;
  data: Data;
  metadata: EventMetadata;
}

/** Metadata as recorded: the caller's fields plus what the store adds. */
export interface RecordedMetadata extends EventMetadata {
  /** When the store recorded the event (ISO-8601 instant). */
  recordedAt: string;
  /** Hex SHA-256 over this event's content and `previousHash`. */
  hash: string;
  /** Hash of the previous event in the same stream; empty string for revision 0. */
  previousHash: string;
}

export interface RecordedEvent<Data = unknown> {
  id: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  revision: number;
  position: Position;
  data: Data;
  metadata: RecordedMetadata;
}

export interface AppendResult {
  /** The revision of the last event now in the stream (pass it as `expected` next time). */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: Position;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Revision to start from (inclusive). Default: 0 forwards, the end backwards. */
  fromRevision?: number | 'start' | 'end';
  direction?: Direction;
  maxCount?: number;
}

export type ReadStreamResult =
  | { kind: 'found'; events: AsyncIterable<RecordedEvent> }
  | { kind: 'not_found'; stream: string }
  | { kind: 'deleted'; stream: string };

/** Filter on $all. Both fields optional; when both are set an event must match both. */
export interface AllFilter {
  /** Stream name prefixes (categories), e.g. `time-entry-`. */
  streamPrefixes?: readonly string[];
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: read events after this position. Default START. */
  from?: Position;
  maxCount?: number;
  filter?: AllFilter;
}

export interface AllSlice {
  events: RecordedEvent[];
  /** Resume token: read again `from` it to continue. Advances past filtered-out events too. */
  next: Position;
  /** True when no more events are visible right now. */
  isEnd: boolean;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** Safe resume point, also emitted while filtered-out events pass by. */
  | { kind: 'checkpoint'; position: Position }
  /** Emitted once when the catch-up phase reaches the live head. */
  | { kind: 'caught-up'; position: Position };

export interface SubscribeAllOptions {
  /** Exclusive: deliver events after this position. Default START. */
  from?: Position;
  filter?: AllFilter;
  /** Events fetched per catch-up query (PostgreSQL adapter). */
  batchSize?: number;
}

export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  /** Stops delivery; the iterator then completes. Idempotent. */
  unsubscribe(): Promise<void>;
}

/** As EventStoreDB defines them. */
export interface StreamMetadata {
  /** Seconds; older events are not returned by reads. */
  maxAge?: number;
  /** Only the newest N events are returned by reads. */
  maxCount?: number;
  /** Events with revision < truncateBefore are not returned by reads. */
  truncateBefore?: number;
  /** Application fields, kept verbatim. */
  custom?: Record<string, unknown>;
}

export type StreamMetadataResult =
  | { kind: 'found'; metadata: StreamMetadata; metastreamRevision: number }
  | { kind: 'none' };

export type VerifyResult =
  | { ok: true; eventsChecked: number }
  | {
      ok: false;
      eventsChecked: number;
      firstBrokenLink: {
        stream: string;
        revision: number;
        eventId: string;
        reason: string;
      };
    };

export interface EventStore {
  append(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  readStream(
    stream: string,
    options?: ReadStreamOptions,
  ): Promise<ReadStreamResult>;
  readAll(options?: ReadAllOptions): Promise<AllSlice>;
  subscribeAll(options?: SubscribeAllOptions): Subscription;

  getStreamMetadata(stream: string): Promise<StreamMetadataResult>;
  setStreamMetadata(
    stream: string,
    metadata: StreamMetadata,
    expected?: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Soft delete: the stream reads as not found; appending again recreates it, continuing the revisions. */
  deleteStream(stream: string, expected?: ExpectedRevision): Promise<void>;
  /** Hard delete: the stream can never be written or read again (StreamDeletedError). */
  tombstoneStream(stream: string, expected?: ExpectedRevision): Promise<void>;

  /** Walks one stream's hash chain, or every stream when none is given. */
  verify(stream?: string): Promise<VerifyResult>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Optional capability: count the events a catch-up reader would still receive after `from`.
 * The projection runner uses it for lag when the adapter offers it, and pages through readAll otherwise.
 */
export interface EventCounter {
  countAfter(from: Position, filter?: AllFilter): Promise<number>;
}

/** Lifts a stored event of `type` from `fromVersion` to `fromVersion + 1`. Applied on read, in chains. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: unknown): unknown;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
