import {
  jsonEvent,
  type EventData,
  type JSONType,
} from '@kurrent/kurrentdb-client';
import type {
  EventToAppend,
  RecordedEvent,
  RecordedMetadata,
} from '../port/types';
import { computeEventHash } from './event-hash';
import { encodePosition, type LogPosition } from './position-codec';
import { toRevisionNumber } from './expected-revision';

/** Keys the store owns in stored metadata; the caller's values for them are dropped. */
const STORE_KEYS = [
  'recordedAt',
  'hash',
  'previousHash',
  'schemaVersion',
] as const;

export function callerMetadataOf(
  metadata: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const caller: Record<string, unknown> = { ...metadata };
  for (const key of STORE_KEYS) {
    delete caller[key];
  }
  return caller;
}

export interface ChainedBatch {
  eventData: EventData[];
  lastHash: string;
}

/** Builds the events of one append, each hashed and linked to the one before it. */
export function chainEvents(
  stream: string,
  events: readonly EventToAppend[],
  firstRevision: number,
  previousHash: string,
): ChainedBatch {
  let linkedTo = previousHash;
  const eventData = events.map((event, index) => {
    const schemaVersion = event.schemaVersion ?? 1;
    const callerMetadata = callerMetadataOf(event.metadata);
    const hash = computeEventHash({
      stream,
      revision: firstRevision + index,
      eventId: event.id,
      type: event.type,
      schemaVersion,
      data: event.data,
      callerMetadata,
      previousHash: linkedTo,
    });
    const metadata = {
      ...callerMetadata,
      schemaVersion,
      hash,
      previousHash: linkedTo,
    };
    linkedTo = hash;
    // The client serialises data with JSON.stringify; any JSON value is fine, its type is just narrower.
    return jsonEvent({
      id: event.id,
      type: event.type,
      data: (event.data ?? null) as JSONType,
      metadata,
    });
  });
  return { eventData, lastHash: linkedTo };
}

/** The subset of the client's recorded event this adapter reads. */
export interface ClientRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  created: Date;
  data: unknown;
  metadata?: unknown;
  position?: LogPosition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}

/** The event exactly as stored: no upcasting, so hashes can be checked against it. */
export function toStoredEvent(
  record: ClientRecord,
  fallbackCommit?: bigint,
): RecordedEvent {
  const stored = isRecord(record.metadata) ? record.metadata : {};
  const schemaVersion = stored['schemaVersion'];
  const position = record.position ?? {
    commit: fallbackCommit ?? 0n,
    prepare: fallbackCommit ?? 0n,
  };
  const metadata = {
    ...callerMetadataOf(stored),
    recordedAt: record.created.toISOString(),
    hash: typeof stored['hash'] === 'string' ? stored['hash'] : '',
    previousHash:
      typeof stored['previousHash'] === 'string' ? stored['previousHash'] : '',
  } as RecordedMetadata;
  return {
    id: record.id,
    streamId: record.streamId,
    type: record.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    revision: toRevisionNumber(record.revision),
    position: encodePosition(position),
    data: record.data,
    metadata,
  };
}
