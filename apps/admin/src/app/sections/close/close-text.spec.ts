import { ChecklistItemView, PeriodHistoryEntry } from '@billing/closing/contracts';
import { dayLabel, earliestDeadline, findingLink, findingReason, historyTitle, instantLabel, itemSummary, periodRange, statusLabel } from './close-text';

const teamName = (id: string) => ({ t1: 'Delivery', t2: 'Design' })[id] ?? 'Unknown team';
const item = (overrides: Partial<ChecklistItemView>): ChecklistItemView => ({
  item: 'running-timers',
  status: 'clear',
  count: 0,
  findings: [],
  truncated: false,
  ...overrides,
});
const history = (kind: PeriodHistoryEntry['kind'], overrides: Partial<PeriodHistoryEntry> = {}): PeriodHistoryEntry => ({
  revision: 0,
  kind,
  actor: 'm1',
  occurredAt: '2026-11-02T09:00:00Z',
  organisationWide: true,
  teamIds: [],
  reason: null,
  ...overrides,
});

describe('close texts', () => {
  it('names the status, with the teams of a per-team close', () => {
    expect(statusLabel({ status: 'open', closedTeamIds: [], reopenedTeamIds: [] }, teamName)).toBe('Open');
    expect(statusLabel({ status: 'closed', closedTeamIds: ['t1'], reopenedTeamIds: [] }, teamName)).toBe('Closed');
    expect(statusLabel({ status: 'closed', closedTeamIds: [], reopenedTeamIds: ['t2'] }, teamName)).toBe('Closed, reopened for Design');
    expect(statusLabel({ status: 'closed-for-teams', closedTeamIds: ['t1', 't2'], reopenedTeamIds: [] }, teamName)).toBe('Closed for Delivery, Design');
  });

  it('sums up an item without inventing figures the API does not have', () => {
    expect(itemSummary(item({ status: 'not-available' }))).toBe('Not available');
    expect(itemSummary(item({ status: 'clear' }))).toBe('None');
    expect(itemSummary(item({ status: 'open', count: 3 }))).toBe('3 to fix');
    // 57,600 s = 16 h
    expect(itemSummary(item({ item: 'unbilled-billable-hours', status: 'info', count: 2, seconds: 57_600 }))).toBe('16:00 h');
  });

  it('explains findings and links entries to the Time section', () => {
    const entry = { target: { kind: 'entry' as const, entryId: 'e1' }, memberId: 'm1', day: '2026-10-14', reason: 'entry-over-12h' };
    expect(findingReason(entry)).toBe('Longer than 12 h');
    expect(findingReason({ ...entry, reason: 'running-since' })).toBe('Timer still running');
    expect(findingReason({ ...entry, reason: 'something-new' })).toBe('something-new');
    expect(findingReason({ target: { kind: 'member', memberId: 'm1' }, memberId: 'm1', reason: 'unbilled', seconds: 5_400 })).toBe('1:30 h unbilled');
    expect(findingLink(entry)).toEqual({ path: '/time/entries', query: { entry: 'e1' } });
    expect(findingLink({ target: { kind: 'member', memberId: 'm1' }, memberId: 'm1', reason: 'unbilled' })).toBeNull();
  });

  it('titles the history: close, reopen, re-close and deadline changes', () => {
    const entries = [
      history('closed', { organisationWide: false, teamIds: ['t1'] }),
      history('closed', { revision: 1 }),
      history('reopened', { revision: 2, teamIds: ['t1'] }),
      history('closed', { revision: 3 }),
      history('deadline-overridden', { revision: 4, deadline: '2026-11-06' }),
      history('deadline-overridden', { revision: 5, deadline: null }),
    ];
    expect(entries.map((_, index) => historyTitle(entries, index, teamName))).toEqual([
      'Closed for Delivery',
      'Closed organisation-wide',
      'Reopened organisation-wide (with Delivery)',
      'Re-closed organisation-wide',
      'Submission deadline moved to Fri 6 Nov 2026',
      "Submission deadline back to the organisation's rule",
    ]);
  });

  it('formats days, instants and ranges in the organisation zone', () => {
    expect(dayLabel('2026-04-03')).toBe('Fri 3 Apr 2026');
    expect(instantLabel('2026-04-01T03:30:00Z', 'America/New_York')).toBe('31 Mar 2026, 23:30');
    expect(periodRange('2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z', 'America/New_York')).toBe('1 Mar – 31 Mar 2026');
    expect(earliestDeadline('2026-12')).toBe('2027-01-01');
    expect(earliestDeadline('2026-03')).toBe('2026-04-01');
  });
});
