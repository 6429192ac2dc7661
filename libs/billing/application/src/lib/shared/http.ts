import {
  createParamDecorator,
  type ExecutionContext,
  ParseUUIDPipe,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  etagFor,
  requireIfMatchRevision,
} from '@billing/shared/event-sourcing';

/** If-Match, required: the invoice revision the change is based on. */
export const IfMatchRevision = createParamDecorator(
  (_: unknown, context: ExecutionContext): number =>
    requireIfMatchRevision(
      context.switchToHttp().getRequest<Request>().header('if-match'),
    ),
);

export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: true,
    description:
      'ETag (revision) of the invoice as last seen; 409 when it changed since',
  });

export function withEtag<View extends { revision: number }>(
  response: Response,
  view: View,
): View {
  response.setHeader('ETag', etagFor(view.revision));
  return view;
}

export const uuidPipe = () => new ParseUUIDPipe();
