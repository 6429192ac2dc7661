import { newIdFor, uuidFromSeed } from './deterministic-ids';
import { RequestContext } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('deterministic ids', () => {
  it('derives the same well-formed UUID from the same seed, and another from another seed', () => {
    expect(uuidFromSeed('key-1|client')).toMatch(UUID);
    expect(uuidFromSeed('key-1|client')).toBe(uuidFromSeed('key-1|client'));
    expect(uuidFromSeed('key-1|client')).not.toBe(uuidFromSeed('key-2|client'));
  });

  it('makes new ids repeatable under an Idempotency-Key and random without one', () => {
    const keyed = () => RequestContext.run({ correlationId: 'c', idempotencyKey: 'retry-me-123' }, () => newIdFor('client'));
    expect(keyed()).toBe(keyed());
    const unkeyed = () => RequestContext.run({ correlationId: 'c' }, () => newIdFor('client'));
    expect(unkeyed()).not.toBe(unkeyed());
  });
});
