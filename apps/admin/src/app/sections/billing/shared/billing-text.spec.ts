import { lastMonthOf, sameScope, scopeFor, todayInZone } from './billing-text';

describe('billing text helpers', () => {
  it('finds last month, across a year end and in February', () => {
    expect(lastMonthOf('2026-11-25')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(lastMonthOf('2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastMonthOf('2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it("takes today in the organisation's zone, not the browser's", () => {
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(todayInZone('Europe/Berlin', instant)).toBe('2026-12-01');
    expect(todayInZone('UTC', instant)).toBe('2026-11-30');
    expect(lastMonthOf(todayInZone('Europe/Berlin', instant))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('builds a scope only once every subject its level needs is chosen', () => {
    const none = { memberId: '', projectId: '', taskId: '', clientId: '' };
    expect(scopeFor('organisation', none)).toEqual({ level: 'organisation' });
    expect(scopeFor('project', none)).toBeNull();
    expect(scopeFor('project', { ...none, projectId: 'p', memberId: 'm' })).toEqual({ level: 'project', projectId: 'p' });
    expect(scopeFor('member-on-project', { ...none, projectId: 'p' })).toBeNull();
    expect(scopeFor('member-on-project', { ...none, projectId: 'p', memberId: 'm' })).toEqual({ level: 'member-on-project', memberId: 'm', projectId: 'p' });
    expect(scopeFor('task', { ...none, projectId: 'p', taskId: 't' })).toEqual({ level: 'task', projectId: 'p', taskId: 't' });
  });

  it('compares scopes by level and ids', () => {
    expect(sameScope({ level: 'project', projectId: 'p' }, { level: 'project', projectId: 'p' })).toBe(true);
    expect(sameScope({ level: 'project', projectId: 'p' }, { level: 'task', projectId: 'p', taskId: 't' })).toBe(false);
    expect(sameScope({ level: 'client', clientId: 'a' }, { level: 'client', clientId: 'b' })).toBe(false);
  });
});
