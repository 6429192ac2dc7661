import {
  StreamDeletedError,
  WrongExpectedRevisionError,
  type ActualRevision,
} from '../port/errors';
import type { ExpectedRevision } from '../port/types';

/** SQLSTATEs raised by the plpgsql functions in the schema. */
export const SQLSTATE = {
  streamDeleted: 'ES001',
  wrongExpectedRevision: 'ES002',
  immutableEvent: 'ES003',
} as const;

interface PgErrorShape {
  code?: unknown;
  detail?: unknown;
}

function isPgError(error: unknown): error is PgErrorShape {
  return typeof error === 'object' && error !== null && 'code' in error;
}

/** Turns the store's raised SQLSTATEs into the port's typed errors; anything else is returned unchanged. */
export function mapAppendError(
  error: unknown,
  stream: string,
  expected: ExpectedRevision,
): unknown {
  if (!isPgError(error)) {
    return error;
  }
  if (error.code === SQLSTATE.streamDeleted) {
    return new StreamDeletedError(stream);
  }
  if (error.code === SQLSTATE.wrongExpectedRevision) {
    return new WrongExpectedRevisionError(
      stream,
      expected,
      parseActual(error.detail),
    );
  }
  return error;
}

function parseActual(detail: unknown): ActualRevision {
  if (typeof detail === 'string' && /^\d+$/.test(detail)) {
    return Number(detail);
  }
  return 'no_stream';
}

export function toSqlExpected(expected: ExpectedRevision): string {
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw new RangeError(
        `Expected revision must be a non-negative integer, got ${expected}`,
      );
    }
    return String(expected);
  }
  return expected;
}
