import type { ExportScope } from './export.events';
import { scopeCovers } from './export-scope';

const responsibilities = (clientIds: string[], projectIds: string[], teamIds: string[], ownMemberId?: string): ExportScope => ({
  kind: 'responsibilities',
  clientIds,
  projectIds,
  teamIds,
  ...(ownMemberId === undefined ? {} : { ownMemberId }),
});

describe('scopeCovers (is the scope a file was written in still within the requester’s current scope?)', () => {
  it('everything covers everything; a narrower current scope does not cover everything', () => {
    expect(scopeCovers({ kind: 'all' }, { kind: 'all' })).toBe(true);
    expect(scopeCovers({ kind: 'all' }, responsibilities(['c1'], [], []))).toBe(true);
    expect(scopeCovers(responsibilities(['c1'], ['p1'], ['t1']), { kind: 'all' })).toBe(false);
    expect(scopeCovers({ kind: 'own', memberId: 'm1' }, { kind: 'all' })).toBe(false);
  });

  it('own rows: the same member only, also through responsibilities that include their own rows', () => {
    expect(scopeCovers({ kind: 'own', memberId: 'm1' }, { kind: 'own', memberId: 'm1' })).toBe(true);
    expect(scopeCovers({ kind: 'own', memberId: 'm2' }, { kind: 'own', memberId: 'm1' })).toBe(false);
    expect(scopeCovers(responsibilities(['c1'], [], [], 'm1'), { kind: 'own', memberId: 'm1' })).toBe(true);
    expect(scopeCovers(responsibilities(['c1'], [], []), { kind: 'own', memberId: 'm1' })).toBe(false);
  });

  it('responsibilities: every client, project and team of the file must still be held', () => {
    const granted = responsibilities(['c1'], ['p1', 'p2'], ['t1'], 'm1');
    expect(scopeCovers(responsibilities(['c1', 'c2'], ['p1', 'p2', 'p3'], ['t1'], 'm1'), granted)).toBe(true);
    expect(scopeCovers(responsibilities(['c1'], ['p1'], ['t1'], 'm1'), granted)).toBe(false);
    expect(scopeCovers(responsibilities([], ['p1', 'p2'], ['t1'], 'm1'), granted)).toBe(false);
    expect(scopeCovers(responsibilities(['c1'], ['p1', 'p2'], [], 'm1'), granted)).toBe(false);
    expect(scopeCovers(responsibilities(['c1'], ['p1', 'p2'], ['t1']), granted)).toBe(false);
    expect(scopeCovers({ kind: 'own', memberId: 'm1' }, granted)).toBe(false);
  });
});
