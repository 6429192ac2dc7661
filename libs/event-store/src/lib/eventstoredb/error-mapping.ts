import { ErrorType, isCommandError } from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../port/errors';
import type { ExpectedRevision } from '../port/types';
import { toActualRevision } from './expected-revision';

export interface ErrorContext {
  /** The stream as the caller named it (not the metastream). */
  stream: string;
  /** What the caller passed; reported instead of any revision the adapter chose internally. */
  expected?: ExpectedRevision;
}

const UNREACHABLE: readonly ErrorType[] = [
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
];

/** Client errors to the port's typed errors; anything else passes through untouched. */
export function toStoreError(error: unknown, context: ErrorContext): unknown {
  if (!(error instanceof Error) || !isCommandError(error)) {
    return error;
  }
  switch (error.type) {
    case ErrorType.WRONG_EXPECTED_VERSION:
      return new WrongExpectedRevisionError(
        context.stream,
        context.expected ?? describeClientState(error.expectedState),
        toActualRevision(error.actualState),
      );
    case ErrorType.STREAM_DELETED:
    case ErrorType.STREAM_TOMBSTONED:
      return new StreamDeletedError(context.stream);
    default:
      if (UNREACHABLE.includes(error.type)) {
        return new EventStoreUnavailableError(
          `KurrentDB unreachable: ${error.message}`,
          { cause: error },
        );
      }
      return error;
  }
}

function describeClientState(state: bigint | string): string | number {
  return typeof state === 'bigint' ? Number(state) : state;
}

export function isStreamNotFound(error: unknown): boolean {
  return (
    error instanceof Error &&
    isCommandError(error) &&
    error.type === ErrorType.STREAM_NOT_FOUND
  );
}

export function isStreamDeleted(error: unknown): boolean {
  return (
    error instanceof Error &&
    isCommandError(error) &&
    (error.type === ErrorType.STREAM_DELETED ||
      error.type === ErrorType.STREAM_TOMBSTONED)
  );
}
