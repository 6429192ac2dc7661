import {
  jsonEvent,
  metastreamOf,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { StreamDeletedError, WrongExpectedRevisionError } from '../port/errors';
import type {
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  Position,
} from '../port/types';
import { toStoreError } from './error-mapping';
import { toAppendStreamState, toRevisionNumber } from './expected-revision';
import { encodePosition } from './position-codec';
import { chainEvents } from './stored-event';
import { lastStoredEvent, storedEventAt } from './stream-reads';

/** Optimistic retries for `any`/`stream_exists` when another process appends to the same stream meanwhile. */
export const MAX_APPEND_ATTEMPTS = 25;

/** Where the new events attach. */
export interface ChainTail {
  /** The state sent to the server. */
  expected: 'no_stream' | number;
  /** The revision the first new event will get (it is part of the hash). */
  firstRevision: number;
  /** Hash of the event before it, or empty when there is none readable. */
  previousHash: string;
}

/**
 * Appends with a hash chain. Chaining needs the previous event's hash, so every append goes to the server with an
 * exact revision (or no_stream), even when the caller passed `any` or `stream_exists`; a conflict is then retried
 * against the new tail. The caller's own exact revision or no_stream is never retried: that conflict is theirs,
 * and sending it unchanged is what keeps re-sent event ids idempotent on the server.
 */
export async function appendChained(
  client: KurrentDBClient,
  stream: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
): Promise<AppendResult> {
  if (events.length === 0) {
    throw new RangeError('append needs at least one event');
  }
  const retriable = expected === 'any' || expected === 'stream_exists';
  for (let attempt = 1; ; attempt += 1) {
    const tail = await resolveTail(client, stream, expected);
    const { eventData } = chainEvents(
      stream,
      events,
      tail.firstRevision,
      tail.previousHash,
    );
    try {
      const result = await client.appendToStream(stream, eventData, {
        streamState: toAppendStreamState(tail.expected),
      });
      const nextExpectedRevision = toRevisionNumber(
        result.nextExpectedRevision,
      );
      const position = result.position
        ? encodePosition(result.position)
        : await positionOfRevision(client, stream, nextExpectedRevision);
      return { nextExpectedRevision, position };
    } catch (error) {
      const mapped = toStoreError(error, { stream, expected });
      if (
        retriable &&
        mapped instanceof WrongExpectedRevisionError &&
        attempt < MAX_APPEND_ATTEMPTS
      ) {
        continue;
      }
      throw mapped;
    }
  }
}

export async function resolveTail(
  client: KurrentDBClient,
  stream: string,
  expected: ExpectedRevision,
): Promise<ChainTail> {
  if (expected === 'no_stream') {
    // A soft-deleted stream accepts no_stream and continues its revisions: hash for where the events will land.
    const hidden = await hiddenLastRevision(client, stream);
    return {
      expected,
      firstRevision: hidden === undefined ? 0 : hidden + 1,
      previousHash: '',
    };
  }
  const lookup =
    typeof expected === 'number'
      ? await storedEventAt(client, stream, expected)
      : await lastStoredEvent(client, stream);
  if (lookup.kind === 'deleted') {
    throw new StreamDeletedError(stream);
  }
  if (typeof expected === 'number') {
    const previousHash =
      lookup.kind === 'found' ? lookup.event.metadata.hash : '';
    return { expected, firstRevision: expected + 1, previousHash };
  }
  if (lookup.kind === 'found') {
    const revision = lookup.event.revision;
    return {
      expected: revision,
      firstRevision: revision + 1,
      previousHash: lookup.event.metadata.hash,
    };
  }
  // Nothing readable to chain to: the chain restarts after the stream's real (hidden) last revision, if any.
  const hidden =
    lookup.kind === 'absent'
      ? await serverLastRevision(client, stream)
      : await hiddenLastRevision(client, stream);
  if (hidden !== undefined) {
    return { expected: hidden, firstRevision: hidden + 1, previousHash: '' };
  }
  if (expected === 'stream_exists') {
    throw new WrongExpectedRevisionError(stream, expected, 'no_stream');
  }
  return { expected: 'no_stream', firstRevision: 0, previousHash: '' };
}

/**
 * The last revision of a stream that reads as not found but may be soft-deleted. Only a stream with metadata can
 * be (soft delete writes it), so a brand-new stream costs one read of its missing metastream.
 */
async function hiddenLastRevision(
  client: KurrentDBClient,
  stream: string,
): Promise<number | undefined> {
  const metadata = await lastStoredEvent(client, metastreamOf(stream));
  return metadata.kind === 'found'
    ? serverLastRevision(client, stream)
    : undefined;
}

/** An expected revision no stream reaches always conflicts, writes nothing, and the conflict names the actual one. */
const UNREACHABLE_REVISION = BigInt(Number.MAX_SAFE_INTEGER);

async function serverLastRevision(
  client: KurrentDBClient,
  stream: string,
): Promise<number | undefined> {
  try {
    await client.appendToStream(
      stream,
      jsonEvent({ type: '$revision-probe', data: {} }),
      {
        streamState: UNREACHABLE_REVISION,
      },
    );
  } catch (error) {
    const mapped = toStoreError(error, { stream });
    if (mapped instanceof WrongExpectedRevisionError) {
      return mapped.actual === 'no_stream' ? undefined : mapped.actual;
    }
    throw mapped;
  }
  throw new Error(
    `KurrentDB accepted an append to ${stream} at revision ${UNREACHABLE_REVISION}`,
  );
}

async function positionOfRevision(
  client: KurrentDBClient,
  stream: string,
  revision: number,
): Promise<Position> {
  const lookup = await storedEventAt(client, stream, revision);
  if (lookup.kind !== 'found') {
    throw new Error(
      `KurrentDB returned no position for ${stream}@${revision} and the event cannot be read back`,
    );
  }
  return lookup.event.position;
}
