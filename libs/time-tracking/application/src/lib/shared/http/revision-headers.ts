import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { etagFor, requireIfMatchRevision } from '@billing/shared/event-sourcing';

/** The revision an update is based on, from the required If-Match header (400 when missing or malformed). */
export const IfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number =>
  requireIfMatchRevision(context.switchToHttp().getRequest<Request>().header('if-match')),
);

/** If-Match when sent (undefined otherwise). */
export const OptionalIfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().header('if-match');
  return header === undefined ? undefined : requireIfMatchRevision(header);
});

export const ApiIfMatch = (required = true) =>
  applyDecorators(
    ApiHeader({ name: 'If-Match', required, description: 'ETag (revision) of the version being changed, e.g. "3"' }),
    ApiConflictResponse({ description: 'The entry changed since that revision (WRONG_EXPECTED_REVISION), or a rule refuses it' }),
  );

export const ApiIdempotencyKey = () =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and writes nothing' });

/** Sets the ETag of the returned entry. */
export function withEtag<View extends { revision: number }>(response: Response, view: View): View {
  response.setHeader('ETag', etagFor(view.revision));
  return view;
}
