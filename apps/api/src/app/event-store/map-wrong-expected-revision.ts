import { HttpStatus } from '@nestjs/common';
import { WrongExpectedRevisionError } from '@billing/event-store';
import { MappedHttpError } from '@billing/shared/nest';

/** A write based on a stale revision: 409, telling what was expected and what the stream is at. */
export function mapWrongExpectedRevision(
  error: unknown,
): MappedHttpError | undefined {
  if (!(error instanceof WrongExpectedRevisionError)) return undefined;
  return {
    status: HttpStatus.CONFLICT,
    body: {
      error: 'CONFLICT',
      code: 'WRONG_EXPECTED_REVISION',
      message: 'The entity was changed meanwhile; reload it and retry',
      expected: error.expected,
      actual: error.actual,
    },
  };
}
