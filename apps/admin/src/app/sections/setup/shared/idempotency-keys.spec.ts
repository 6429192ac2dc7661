import { IdempotencyKeys } from './idempotency-keys';

describe('IdempotencyKeys', () => {
  const sequentialKeys = () => {
    let next = 0;
    return () => `key-${++next}`;
  };

  it('reuses the key when the same payload is sent again (a retry)', () => {
    const keys = new IdempotencyKeys(sequentialKeys());
    expect(keys.keyFor({ name: 'Acme' })).toBe('key-1');
    expect(keys.keyFor({ name: 'Acme' })).toBe('key-1');
  });

  it('uses a new key for a different payload', () => {
    const keys = new IdempotencyKeys(sequentialKeys());
    keys.keyFor({ name: 'Acme' });
    expect(keys.keyFor({ name: 'Acme GmbH' })).toBe('key-2');
  });

  it('starts a new submission once the server answered', () => {
    const keys = new IdempotencyKeys(sequentialKeys());
    keys.keyFor({ name: 'Acme' });
    keys.settle();
    expect(keys.keyFor({ name: 'Acme' })).toBe('key-2');
  });

  it('defaults to random UUIDs', () => {
    expect(new IdempotencyKeys().keyFor({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});
