import {
  BACKWARDS,
  END,
  FORWARDS,
  START,
  type KurrentDBClient,
  type ReadRevision,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { ReadStreamOptions, RecordedEvent } from '../port/types';
import {
  isStreamDeleted,
  isStreamNotFound,
  toStoreError,
} from './error-mapping';
import { toStoredEvent } from './stored-event';

export type StoredStreamRead =
  | { kind: 'found'; events: AsyncIterable<RecordedEvent> }
  | { kind: 'not_found' }
  | { kind: 'deleted' };

function toReadRevision(
  from: ReadStreamOptions['fromRevision'],
  backwards: boolean,
): ReadRevision {
  if (from === undefined) {
    return backwards ? END : START;
  }
  if (from === 'start' || from === 'end') {
    return from;
  }
  if (!Number.isSafeInteger(from) || from < 0) {
    throw new RangeError(
      `fromRevision must be a non-negative integer, got ${from}`,
    );
  }
  return BigInt(from);
}

/**
 * Reads a stream as stored (no upcasting). The client only reports a missing or deleted stream once iteration
 * starts, so the first event is pulled here to turn those into typed results.
 */
export async function readStoredStream(
  client: KurrentDBClient,
  stream: string,
  options: ReadStreamOptions = {},
): Promise<StoredStreamRead> {
  const backwards = options.direction === 'backwards';
  const iterator = client.readStream(stream, {
    direction: backwards ? BACKWARDS : FORWARDS,
    fromRevision: toReadRevision(options.fromRevision, backwards),
    ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
    resolveLinkTos: false,
  });
  let first: IteratorResult<ResolvedEvent>;
  try {
    first = await iterator.next();
  } catch (error) {
    if (isStreamNotFound(error)) {
      return { kind: 'not_found' };
    }
    if (isStreamDeleted(error)) {
      return { kind: 'deleted' };
    }
    throw toStoreError(error, { stream });
  }
  return { kind: 'found', events: remainingEvents(stream, first, iterator) };
}

async function* remainingEvents(
  stream: string,
  first: IteratorResult<ResolvedEvent>,
  rest: AsyncIterator<ResolvedEvent>,
): AsyncGenerator<RecordedEvent> {
  try {
    for (let next = first; !next.done; next = await rest.next()) {
      const record = next.value.event;
      if (record) {
        yield toStoredEvent(record, next.value.commitPosition);
      }
    }
  } catch (error) {
    throw toStoreError(error, { stream });
  }
}

export type StreamEventLookup =
  | { kind: 'found'; event: RecordedEvent }
  | { kind: 'absent' }
  | { kind: 'not_found' }
  | { kind: 'deleted' };

/** The newest readable event of a stream. */
export async function lastStoredEvent(
  client: KurrentDBClient,
  stream: string,
): Promise<StreamEventLookup> {
  return firstOf(
    await readStoredStream(client, stream, {
      direction: 'backwards',
      fromRevision: 'end',
      maxCount: 1,
    }),
  );
}

/** The event at exactly `revision`, if it is still readable (truncation and $maxAge can hide it). */
export async function storedEventAt(
  client: KurrentDBClient,
  stream: string,
  revision: number,
): Promise<StreamEventLookup> {
  const lookup = await firstOf(
    await readStoredStream(client, stream, {
      fromRevision: revision,
      maxCount: 1,
    }),
  );
  return lookup.kind === 'found' && lookup.event.revision !== revision
    ? { kind: 'absent' }
    : lookup;
}

async function firstOf(read: StoredStreamRead): Promise<StreamEventLookup> {
  if (read.kind !== 'found') {
    return read;
  }
  for await (const event of read.events) {
    return { kind: 'found', event };
  }
  return { kind: 'absent' };
}
