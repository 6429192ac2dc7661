import { groupEntriesRequest } from './group-entries-request';

const base = { period: { from: '2026-03-01', to: '2026-03-31' }, filters: { clientIds: ['c1', 'c2'], billable: true } };

describe('entries of a group', () => {
  it('narrows the filters to the groups on the path and asks for one page of entries', () => {
    expect(groupEntriesRequest(base, [{ dimension: 'project', key: 'p1' }, { dimension: 'member', key: 'm1' }], 2, 25)).toEqual({
      period: { from: '2026-03-01', to: '2026-03-31' },
      filters: { clientIds: ['c1', 'c2'], billable: true, projectIds: ['p1'], memberIds: ['m1'] },
      groupBy: [],
      includeEntries: true,
      entriesPage: 2,
      entriesPageSize: 25,
    });
  });

  it('replaces a filter list by the group it stands in', () => {
    expect(groupEntriesRequest(base, [{ dimension: 'client', key: 'c2' }], 1, 25)?.filters?.clientIds).toEqual(['c2']);
  });

  it('narrows the period to a day, a week or a month within the report period', () => {
    expect(groupEntriesRequest(base, [{ dimension: 'day', key: '2026-03-10' }], 1, 25)?.period).toEqual({ from: '2026-03-10', to: '2026-03-10' });
    expect(groupEntriesRequest(base, [{ dimension: 'week', key: '2026-W10' }], 1, 25)?.period).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    // Week 9 runs 23 Feb .. 1 Mar: only 1 March lies within the report.
    expect(groupEntriesRequest(base, [{ dimension: 'week', key: '2026-W09' }], 1, 25)?.period).toEqual({ from: '2026-03-01', to: '2026-03-01' });
    expect(groupEntriesRequest(base, [{ dimension: 'month', key: '2026-03' }], 1, 25)?.period).toEqual(base.period);
  });

  it('cannot select "(no task)" or "(no team)" by a filter', () => {
    expect(groupEntriesRequest(base, [{ dimension: 'project', key: 'p1' }, { dimension: 'task', key: null }], 1, 25)).toBeNull();
  });
});
