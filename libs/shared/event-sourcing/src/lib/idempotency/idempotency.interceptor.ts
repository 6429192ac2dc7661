import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ConflictError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import { bindIdempotencyKey } from '../request-context/request-context';
import { IdempotencyStore } from './idempotency-store';
import { stableStringify } from './stable-stringify';

const HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;
/** Response headers a replay must give back, since clients rely on them (revision, created resource). */
const REPLAYED_HEADERS = ['etag', 'location'];

/**
 * POST requests with an Idempotency-Key header run once per (caller, route, key): a retry gets the first
 * response back and appends nothing. Reusing a key for a different body is refused.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { user?: { id?: string } }>();
    const key = request.header(HEADER);
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (!KEY_FORMAT.test(key)) {
      throw ValidationError.single('Idempotency-Key', 'must be 8 to 200 printable ASCII characters without spaces');
    }
    const scope = `${request.user?.id ?? 'anonymous'} ${request.method} ${request.baseUrl}${request.path}`;
    const requestHash = createHash('sha256').update(stableStringify(request.body ?? null)).digest('hex');
    return from(this.run(scope, key, requestHash, http.getResponse<Response>(), next));
  }

  private async run(scope: string, key: string, requestHash: string, response: Response, next: CallHandler) {
    const claim = await this.store.claim(scope, key, requestHash);
    switch (claim.kind) {
      case 'replay':
        for (const [name, value] of Object.entries(claim.headers)) response.setHeader(name, value);
        response.setHeader('idempotent-replayed', 'true');
        return claim.body;
      case 'mismatch':
        throw new RuleViolationError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request body');
      case 'in_progress':
        throw new ConflictError('IDEMPOTENCY_REQUEST_IN_PROGRESS', { key }, 'A request with this Idempotency-Key is still running');
      case 'claimed':
        break;
    }
    bindIdempotencyKey(key);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = response.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await this.store.complete(scope, key, body, headers);
      return body;
    } catch (error) {
      await this.store.release(scope, key);
      throw error;
    }
  }
}
