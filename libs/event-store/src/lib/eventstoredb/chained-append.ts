import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { StreamDeletedError, WrongExpectedRevisionError } from '../port/errors';
import type { ActualRevision } from '../port/errors';
import type { AppendResult, EventToAppend, ExpectedRevision, Position } from '../port/types';
import { toStoreError } from './error-mapping';
import { toAppendStreamState, toRevisionNumber } from './expected-revision';
import { encodePosition } from './position-codec';
import { chainEvents } from './stored-event';
import { lastStoredEvent, storedEventAt } from './stream-reads';

/** Optimistic retries for `any`/`stream_exists` when another process appends to the same stream meanwhile. */
export const MAX_APPEND_ATTEMPTS = 25;

/** Where the new events attach: the exact state to append at, and the hash they chain to. */
export interface ChainTail {
  expected: 'no_stream' | number;
  previousHash: string;
}

/**
 * Appends with a hash chain. Chaining needs the previous event's hash, so every append goes to the server with an
 * exact revision (or no_stream), even when the caller passed `any` or `stream_exists`; a conflict is then retried
 * against the new tail. The caller's own exact revision or no_stream is never retried: that conflict is theirs,
 * and it is also what keeps re-sent event ids idempotent on the server.
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
  let actualHint: ActualRevision | undefined;
  for (let attempt = 1; ; attempt += 1) {
    const tail = await resolveTail(client, stream, expected, actualHint);
    const firstRevision = tail.expected === 'no_stream' ? 0 : tail.expected + 1;
    const { eventData } = chainEvents(stream, events, firstRevision, tail.previousHash);
    try {
      const result = await client.appendToStream(stream, eventData, { streamState: toAppendStreamState(tail.expected) });
      const nextExpectedRevision = toRevisionNumber(result.nextExpectedRevision);
      const position = result.position
        ? encodePosition(result.position)
        : await positionOfRevision(client, stream, nextExpectedRevision);
      return { nextExpectedRevision, position };
    } catch (error) {
      const mapped = toStoreError(error, { stream, expected });
      if (retriable && mapped instanceof WrongExpectedRevisionError && attempt < MAX_APPEND_ATTEMPTS) {
        actualHint = mapped.actual;
        continue;
      }
      throw mapped;
    }
  }
}

/**
 * `actualHint` is the revision the server reported on the previous conflict. It matters for a soft-deleted
 * stream: it reads as not found, yet continues its revisions, so its tail can only be learnt from the server.
 */
export async function resolveTail(
  client: KurrentDBClient,
  stream: string,
  expected: ExpectedRevision,
  actualHint?: ActualRevision,
): Promise<ChainTail> {
  if (expected === 'no_stream') {
    return { expected, previousHash: '' };
  }
  const lookup =
    typeof expected === 'number' ? await storedEventAt(client, stream, expected) : await lastStoredEvent(client, stream);
  switch (lookup.kind) {
    case 'deleted':
      throw new StreamDeletedError(stream);
    case 'found':
      return { expected: lookup.event.revision, previousHash: lookup.event.metadata.hash };
    case 'absent':
      // The stream exists but its tail is hidden (truncated or aged out): the chain restarts. Without a revision
      // to go on, a no_stream attempt fails and the server's answer supplies it.
      if (typeof expected === 'number') {
        return { expected, previousHash: '' };
      }
      return { expected: typeof actualHint === 'number' ? actualHint : 'no_stream', previousHash: '' };
    case 'not_found':
      // Missing, or soft-deleted (which continues its revisions, learnt from a conflict).
      if (typeof expected === 'number') {
        return { expected, previousHash: '' };
      }
      if (typeof actualHint === 'number') {
        return { expected: actualHint, previousHash: '' };
      }
      if (expected === 'stream_exists') {
        throw new WrongExpectedRevisionError(stream, expected, 'no_stream');
      }
      return { expected: 'no_stream', previousHash: '' };
  }
}

async function positionOfRevision(client: KurrentDBClient, stream: string, revision: number): Promise<Position> {
  const lookup = await storedEventAt(client, stream, revision);
  if (lookup.kind !== 'found') {
    throw new Error(`KurrentDB returned no position for ${stream}@${revision} and the event cannot be read back`);
  }
  return lookup.event.position;
}
