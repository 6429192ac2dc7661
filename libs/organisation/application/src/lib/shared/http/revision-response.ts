import type { Response } from 'express';
import { etagFor } from '@billing/shared/event-sourcing';

/** Sends the revision of what the response shows as its ETag. */
export function withEtag<Body extends { revision: number }>(
  response: Response,
  body: Body,
): Body {
  response.setHeader('ETag', etagFor(body.revision));
  return body;
}

/** 201 with Location of the created resource and its ETag. */
export function created<Body extends { revision: number }>(
  response: Response,
  location: string,
  body: Body,
): Body {
  response.status(201);
  response.setHeader('Location', location);
  return withEtag(response, body);
}

export const API_PREFIX = '/api/v1';
