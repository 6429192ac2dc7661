import { DEFAULT_DEFINITION, definitionOfSaved, periodOf, reportRequestOf, saveRequestOf, setGroupLevel } from './report-definition';

const lastMonthByClient = { ...DEFAULT_DEFINITION, preset: 'last_month' as const, clientIds: ['c1'], groupBy: ['project', 'member'] as const };

describe('report definition', () => {
  it('builds the request from the preset seen from today, with only the filters that narrow', () => {
    expect(reportRequestOf({ ...lastMonthByClient, billable: false }, '2026-03-10')).toEqual({
      period: { from: '2026-02-01', to: '2026-02-28' },
      filters: { clientIds: ['c1'], billable: false },
      groupBy: ['project', 'member'],
    });
  });

  it('waits for a complete custom range', () => {
    expect(periodOf({ ...DEFAULT_DEFINITION, preset: 'custom', from: '2026-03-01', to: '' }, '2026-03-10')).toBeNull();
    expect(periodOf({ ...DEFAULT_DEFINITION, preset: 'custom', from: '2026-03-05', to: '2026-03-01' }, '2026-03-10')).toBeNull();
    expect(periodOf({ ...DEFAULT_DEFINITION, preset: 'custom', from: '2026-03-01', to: '2026-03-05' }, '2026-03-10')).toEqual({ from: '2026-03-01', to: '2026-03-05' });
  });

  it('saves a relative period as relative, or as today’s days when asked, and reads it back', () => {
    const relative = saveRequestOf(lastMonthByClient, '2026-03-10', { name: '  Acme last month ', shared: true, fixed: false });
    expect(relative).toEqual({
      name: 'Acme last month',
      period: { kind: 'relative', relative: 'last_month' },
      filters: { clientIds: ['c1'] },
      groupBy: ['project', 'member'],
      shared: true,
    });
    expect(saveRequestOf(lastMonthByClient, '2026-03-10', { name: 'x', shared: false, fixed: true }).period).toEqual({ kind: 'fixed', from: '2026-02-01', to: '2026-02-28' });
    expect(definitionOfSaved({ period: relative.period, filters: relative.filters ?? {}, groupBy: relative.groupBy ?? [] })).toEqual({ ...lastMonthByClient, groupBy: ['project', 'member'] });
  });

  it('keeps grouping levels distinct and clears the levels below a removed one', () => {
    expect(setGroupLevel(['project'], 1, 'member')).toEqual(['project', 'member']);
    expect(setGroupLevel(['project', 'member', 'day'], 1, null)).toEqual(['project']);
    expect(setGroupLevel(['project', 'member'], 1, 'project')).toEqual(['project']);
    expect(setGroupLevel(['project', 'member'], 0, 'member')).toEqual(['member']);
    expect(setGroupLevel(['client', 'project', 'member'], 2, 'week')).toEqual(['client', 'project', 'week']);
  });
});
