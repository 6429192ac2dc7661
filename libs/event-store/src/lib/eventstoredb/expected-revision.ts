import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  type AppendStreamState,
  type CurrentStreamState,
  type StreamState,
} from '@kurrent/kurrentdb-client';
import type { ActualRevision } from '../port/errors';
import type { ExpectedRevision } from '../port/types';

function assertRevision(revision: number): void {
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(
      `An expected revision must be a non-negative integer, got ${revision}`,
    );
  }
}

/** Our expected revision to the client's `streamState` append option (formerly `expectedRevision`). */
export function toAppendStreamState(
  expected: ExpectedRevision,
): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      assertRevision(expected);
      return BigInt(expected);
  }
}

/** Delete and tombstone still take `expectedRevision`, which has no stream_exists state. */
export function toDeleteStreamState(
  expected: Exclude<ExpectedRevision, 'stream_exists'>,
): StreamState {
  return toAppendStreamState(expected) as StreamState;
}

/** The client reports a missing stream as `no_stream` or, from some paths, a negative number. */
export function toActualRevision(state: CurrentStreamState): ActualRevision {
  if (state === NO_STREAM || state < 0n) {
    return 'no_stream';
  }
  return toRevisionNumber(state);
}

export function toRevisionNumber(revision: bigint): number {
  if (revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `Revision ${revision} is beyond what this adapter can represent`,
    );
  }
  return Number(revision);
}
