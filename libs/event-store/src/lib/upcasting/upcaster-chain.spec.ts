import { UpcasterChain } from './upcaster-chain';

describe('UpcasterChain', () => {
  const chain = new UpcasterChain([
    {
      type: 'rate-set',
      fromVersion: 1,
      upcast: (data) => ({ ...(data as object), currency: 'EUR' }),
    },
    { type: 'rate-set', fromVersion: 2, upcast: (data) => ({ wrapped: data }) },
  ]);

  it('lifts through every consecutive version', () => {
    expect(chain.upcast('rate-set', 1, { cents: 5 })).toEqual({
      schemaVersion: 3,
      data: { wrapped: { cents: 5, currency: 'EUR' } },
    });
  });

  it('leaves current versions and other types alone', () => {
    expect(chain.upcast('rate-set', 3, { x: 1 })).toEqual({
      schemaVersion: 3,
      data: { x: 1 },
    });
    expect(chain.upcast('other', 1, { x: 1 })).toEqual({
      schemaVersion: 1,
      data: { x: 1 },
    });
  });

  it('refuses two upcasters for the same type and version', () => {
    const twice = {
      type: 't',
      fromVersion: 1,
      upcast: (data: unknown) => data,
    };
    expect(() => new UpcasterChain([twice, twice])).toThrow(
      'Two upcasters lift t from version 1',
    );
  });
});
