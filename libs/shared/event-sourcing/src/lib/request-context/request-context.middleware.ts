import { Injectable, NestMiddleware } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { RequestContext } from './request-context';

const CORRELATION_HEADER = 'x-correlation-id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opens the request context: a correlation id taken from the caller when well-formed, otherwise a new one. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const given = request.header(CORRELATION_HEADER);
    const correlationId = given && UUID.test(given) ? given : randomUUID();
    response.setHeader(CORRELATION_HEADER, correlationId);
    RequestContext.run({ correlationId }, next);
  }
}
