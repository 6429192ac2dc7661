import {
  BACKWARDS,
  END,
  FORWARDS,
  START as CLIENT_START,
  type AllStreamResolvedEvent,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import {
  START,
  type AllSlice,
  type ReadAllOptions,
  type RecordedEvent,
} from '../port/types';
import { toStoreError } from './error-mapping';
import {
  isApplicationEvent,
  matchesFilter,
  toServerFilter,
} from './event-visibility';
import {
  decodePosition,
  encodePosition,
  isAfter,
  latestPosition,
  type LogPosition,
  type LogPositionOrStart,
} from './position-codec';
import { toStoredEvent } from './stored-event';

export const DEFAULT_READ_ALL_MAX_COUNT = 1_000;

function positionOf(resolved: AllStreamResolvedEvent): LogPosition | undefined {
  return resolved.event?.position ?? resolved.link?.position;
}

/** Position of the newest record in $all, whatever it is; undefined for an empty database. */
export async function headPosition(
  client: KurrentDBClient,
): Promise<LogPosition | undefined> {
  try {
    for await (const resolved of client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
    })) {
      return positionOf(resolved);
    }
    return undefined;
  } catch (error) {
    throw toStoreError(error, { stream: '$all' });
  }
}

/**
 * One page of $all after `from` (exclusive), as stored (no upcasting).
 *
 * The server reads from a position inclusively, so one extra record is asked for and the one at `from` dropped.
 * A filtered read does not say how far it searched, so when the page ends short of `maxCount` the head of $all,
 * taken before the read, becomes `next`: every matching event up to it has been returned, and the next read skips
 * the filtered-out records in between.
 */
export async function readStoredAll(
  client: KurrentDBClient,
  options: ReadAllOptions = {},
): Promise<AllSlice> {
  const from = decodePosition(options.from ?? START);
  const maxCount = options.maxCount ?? DEFAULT_READ_ALL_MAX_COUNT;
  if (!Number.isSafeInteger(maxCount) || maxCount < 1) {
    throw new RangeError(
      `maxCount must be a positive integer, got ${maxCount}`,
    );
  }
  const head = await headPosition(client);
  const requested = maxCount + 1;
  const fetched = await fetchAll(client, from, requested, options);

  const candidates = fetched.filter(({ position }) => isAfter(position, from));
  const page = candidates.slice(0, maxCount);
  // Fewer records than asked for: the server had nothing more to give.
  const isEnd = fetched.length < requested;
  const lastInPage = page.at(-1)?.position;
  const next: LogPositionOrStart = isEnd
    ? latestPosition(from, lastInPage, head)
    : (lastInPage ?? from);

  const events: RecordedEvent[] = page.flatMap(({ resolved, position }) =>
    resolved.event &&
    isApplicationEvent(resolved) &&
    matchesFilter(resolved.event, options.filter)
      ? [toStoredEvent({ ...resolved.event, position })]
      : [],
  );
  return { events, next: encodePosition(next), isEnd };
}

interface PositionedRecord {
  resolved: AllStreamResolvedEvent;
  position: LogPosition;
}

async function fetchAll(
  client: KurrentDBClient,
  from: LogPositionOrStart,
  maxCount: number,
  options: ReadAllOptions,
): Promise<PositionedRecord[]> {
  const records: PositionedRecord[] = [];
  try {
    const reader = client.readAll({
      direction: FORWARDS,
      fromPosition: from === 'start' ? CLIENT_START : from,
      maxCount,
      resolveLinkTos: false,
      filter: toServerFilter(options.filter),
    });
    for await (const resolved of reader) {
      const position = positionOf(resolved);
      if (position) {
        records.push({ resolved, position });
      }
    }
  } catch (error) {
    throw toStoreError(error, { stream: '$all' });
  }
  return records;
}

/** Every application stream name in $all, in order of first appearance. */
export async function* applicationStreamNames(
  client: KurrentDBClient,
): AsyncGenerator<string> {
  const seen = new Set<string>();
  try {
    for await (const resolved of client.readAll({
      filter: toServerFilter(undefined),
      resolveLinkTos: false,
    })) {
      if (
        isApplicationEvent(resolved) &&
        resolved.event &&
        !seen.has(resolved.event.streamId)
      ) {
        seen.add(resolved.event.streamId);
        yield resolved.event.streamId;
      }
    }
  } catch (error) {
    throw toStoreError(error, { stream: '$all' });
  }
}
