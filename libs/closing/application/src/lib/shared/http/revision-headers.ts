import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { etagFor, requireIfMatchRevision } from '@billing/shared/event-sourcing';

/** If-Match when sent (undefined otherwise): the period's revision the change is based on. */
export const OptionalIfMatchRevision = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const header = context.switchToHttp().getRequest<Request>().header('if-match');
  return header === undefined ? undefined : requireIfMatchRevision(header);
});

export const ApiOptionalIfMatch = () =>
  ApiHeader({ name: 'If-Match', required: false, description: 'ETag (revision) of the period as last seen; 409 when it changed since' });

export function withEtag<View extends { revision: number | null }>(response: Response, view: View): View {
  if (view.revision !== null) response.setHeader('ETag', etagFor(view.revision));
  return view;
}
