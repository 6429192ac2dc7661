import { HttpStatus } from '@nestjs/common';
import { ForbiddenError } from '@billing/shared/kernel';
import type { HttpErrorMapper, MappedHttpError } from '@billing/shared/nest';

/** 403 body: names the missing permission and why it does not reach. */
export function forbiddenResponse(
  missingPermission: string | null,
  reason: string,
  message = missingPermission
    ? `Forbidden: missing permission ${missingPermission}`
    : 'Forbidden',
): MappedHttpError {
  return {
    status: HttpStatus.FORBIDDEN,
    body: { error: 'FORBIDDEN', message, missingPermission, reason },
  };
}

/**
 * HTTP error mapper for the kernel's ForbiddenError that keeps its reason (register it with
 * `HttpErrorsModule.forRoot({ mappers })`); without it the shared mapping answers 403 without the reason.
 */
export const mapForbiddenError: HttpErrorMapper = (error) =>
  error instanceof ForbiddenError
    ? forbiddenResponse(
        error.missingPermission,
        error.reason ?? `${error.missingPermission} is not granted`,
        error.message,
      )
    : undefined;
