import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader } from '@nestjs/swagger';
import type { Request } from 'express';
import { requireIfMatchRevision } from '@billing/shared/event-sourcing';

/** The revision an update is based on, from the required If-Match header (400 when missing or malformed). */
export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number =>
  requireIfMatchRevision(context.switchToHttp().getRequest<Request>().header('if-match')),
);

/** OpenAPI for routes that need If-Match. */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required: true, description: 'ETag (revision) of the version being changed, e.g. "3"' }),
    ApiConflictResponse({ description: 'The resource changed since that revision' }),
  );

/** OpenAPI for POSTs that accept an Idempotency-Key. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A retry with the same key returns the first response and appends nothing',
  });

/** If-Match when given (actions that may also be sent blind, like an effective-dated move). */
export const OptionalIfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().header('if-match');
  return header === undefined ? undefined : requireIfMatchRevision(header);
});
