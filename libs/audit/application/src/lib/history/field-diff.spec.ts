import { diffEvent, flatten } from './field-diff';

describe('field diff of an event against the stream so far', () => {
  it('shows every field of the first event as new', () => {
    const { changes } = diffEvent(new Map(), { name: 'Acme', billing: { kind: 'hourly' } });
    expect(changes).toEqual([
      { path: 'name', before: null, after: 'Acme' },
      { path: 'billing.kind', before: null, after: 'hourly' },
    ]);
  });

  it('shows only the fields that differ from the accumulated data', () => {
    const first = diffEvent(new Map(), { clientId: 'c1', name: 'Acme', tags: ['a'] });
    const { changes } = diffEvent(first.next, { clientId: 'c1', name: 'Acme Ltd', tags: ['a', 'b'] });
    expect(changes).toEqual([
      { path: 'name', before: 'Acme', after: 'Acme Ltd' },
      { path: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('takes before/after pairs at their word and carries the after values forward', () => {
    const logged = diffEvent(new Map(), { entryId: 'e1', description: 'old', billable: true });
    const edited = diffEvent(logged.next, {
      entryId: 'e1',
      changes: { description: { before: 'old', after: 'new' } },
      reason: 'typo',
    });
    expect(edited.changes).toEqual([{ path: 'description', before: 'old', after: 'new' }]);
    expect(edited.next.get('description')).toBe('new');
    expect(edited.next.get('billable')).toBe(true);
  });

  it('flattens nested objects to dotted paths and keeps arrays whole', () => {
    expect([...flatten({ a: { b: 1, c: [1, 2] }, d: {} })]).toEqual([
      ['a.b', 1],
      ['a.c', [1, 2]],
      ['d', {}],
    ]);
  });
});
