import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every write needs to know about the request it serves, without threading it through every call. */
export interface RequestContextData {
  correlationId: string;
  /** Set by the idempotency interceptor when the request carries an Idempotency-Key header. */
  idempotencyKey?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

export const RequestContext = {
  run<T>(data: RequestContextData, work: () => T): T {
    return storage.run(data, work);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  correlationId(): string {
    return storage.getStore()?.correlationId ?? randomUUID();
  },
  idempotencyKey(): string | undefined {
    return storage.getStore()?.idempotencyKey;
  },
};

/** Marks the current request as idempotent under `key` (called by the idempotency interceptor). */
export function bindIdempotencyKey(key: string): void {
  const store = storage.getStore();
  if (store === undefined) throw new Error('No request context: is RequestContextMiddleware applied?');
  store.idempotencyKey = key;
}
