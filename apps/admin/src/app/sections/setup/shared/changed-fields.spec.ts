import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('keeps only what differs, comparing nested values regardless of key order', () => {
    const before = { name: 'Acme', billingModel: { kind: 'fixed_fee', fee: { amountMinor: 100, currency: 'EUR' } }, ids: ['a'] };
    const next = { name: 'Acme', billingModel: { fee: { currency: 'EUR', amountMinor: 100 }, kind: 'fixed_fee' }, ids: ['a', 'b'] };
    expect(changedFields(before, next)).toEqual({ ids: ['a', 'b'] });
  });

  it('is empty when nothing changed', () => {
    expect(changedFields({ a: 1, b: null }, { a: 1, b: null })).toEqual({});
  });
});
