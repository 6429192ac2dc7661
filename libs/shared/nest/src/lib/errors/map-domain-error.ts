import { HttpStatus } from '@nestjs/common';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { MappedHttpError } from './http-error';

/** The one place where the kernel's domain errors become HTTP statuses. */
export function mapDomainError(error: unknown): MappedHttpError | undefined {
  if (!(error instanceof DomainError)) return undefined;
  if (error instanceof ValidationError) {
    return {
      status: HttpStatus.BAD_REQUEST,
      body: {
        error: 'VALIDATION_FAILED',
        message: error.message,
        fields: error.fields,
      },
    };
  }
  if (error instanceof NotFoundError) {
    return {
      status: HttpStatus.NOT_FOUND,
      body: {
        error: 'NOT_FOUND',
        message: error.message,
        entity: error.entity,
        id: error.id,
      },
    };
  }
  if (error instanceof ConflictError) {
    return {
      status: HttpStatus.CONFLICT,
      body: {
        error: 'CONFLICT',
        code: error.code,
        message: error.message,
        ...error.details,
      },
    };
  }
  if (error instanceof RuleViolationError) {
    return {
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      body: {
        error: 'RULE_VIOLATION',
        code: error.code,
        message: error.message,
      },
    };
  }
  if (error instanceof ForbiddenError) {
    return {
      status: HttpStatus.FORBIDDEN,
      body: {
        error: 'FORBIDDEN',
        message: error.message,
        missingPermission: error.missingPermission,
      },
    };
  }
  return {
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    body: { error: 'RULE_VIOLATION', code: error.code, message: error.message },
  };
}
