import { createHash, randomUUID } from 'node:crypto';
import { RequestContext } from './request-context';

/** A UUID (version 8 layout, RFC 9562) derived from a seed: the same seed always gives the same id. */
export function uuidFromSeed(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = 0x80 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new id for something a request creates. Under an Idempotency-Key the id is derived from the key and the
 * label, so a retried request that got past the response cache still addresses the same entity and event ids.
 */
export function newIdFor(label: string): string {
  const key = RequestContext.idempotencyKey();
  return key === undefined ? randomUUID() : uuidFromSeed(`${key}|${label}`);
}
