import { stableStringify } from './stable-stringify';

describe('stableStringify', () => {
  it('gives equal text for objects that differ only in key order', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });

  it('keeps different values apart and drops undefined fields like JSON does', () => {
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: '1' }));
    expect(stableStringify({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});
