import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('normalises like storage does: undefined fields dropped, dates as ISO strings', () => {
    expect(
      canonicalJson({ a: undefined, b: new Date('2026-01-02T03:04:05.000Z') }),
    ).toBe('{"b":"2026-01-02T03:04:05.000Z"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([undefined])).toBe('[null]');
  });

  it('gives the same text before storing and after a JSON round trip', () => {
    const value = {
      text: 'héllo "q"',
      n: -0,
      big: 1e21,
      nested: { list: [1.5, null, true] },
    };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(
      canonicalJson(value),
    );
  });
});
