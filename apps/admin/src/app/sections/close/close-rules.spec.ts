import { canClose, canReopen, openFindings, reopenableTeamIds } from './close-rules';
import { closeRequest, deadlineRequest, reopenRequest } from './close-requests';

describe('close rules', () => {
  const ended = { ended: true, status: 'open' as const, closedTeamIds: [] as string[], reopenedTeamIds: [] as string[] };

  it('closes only ended months and scopes not closed yet', () => {
    expect(canClose(ended, [])).toBe(true);
    expect(canClose({ ...ended, ended: false }, [])).toBe(false);
    expect(canClose({ ...ended, status: 'closed' }, ['t1'])).toBe(false);
    expect(canClose({ ...ended, status: 'closed-for-teams', closedTeamIds: ['t1'] }, ['t1'])).toBe(false);
    expect(canClose({ ...ended, status: 'closed-for-teams', closedTeamIds: ['t1'] }, ['t2'])).toBe(true);
    expect(canClose({ ...ended, status: 'closed-for-teams', closedTeamIds: ['t1'] }, [])).toBe(true);
    expect(canClose(null, [])).toBe(false);
  });

  it('closes teams reopened out of an organisation-wide close again, by name only', () => {
    const carvedOut = { ...ended, status: 'closed' as const, reopenedTeamIds: ['t2'] };
    expect(canClose(carvedOut, ['t2'])).toBe(true);
    expect(canClose(carvedOut, ['t1'])).toBe(false);
    expect(canClose(carvedOut, [])).toBe(false);
  });

  it('offers to reopen any active team out of an organisation-wide close, else the teams closed on their own', () => {
    const period = { status: 'closed' as const, closedTeamIds: [], reopenedTeamIds: ['t2'] };
    expect(reopenableTeamIds(period, ['t1', 't2', 't3'])).toEqual(['t1', 't3']);
    expect(reopenableTeamIds({ status: 'closed-for-teams', closedTeamIds: ['t1', 't3'], reopenedTeamIds: [] }, ['t1', 't2', 't3'])).toEqual(['t1', 't3']);
    expect(reopenableTeamIds({ status: 'closed-for-teams', closedTeamIds: ['t1'], reopenedTeamIds: [] }, ['t1', 't2'])).toEqual([]);
  });

  it('reopens whatever is closed', () => {
    expect(canReopen({ status: 'open' })).toBe(false);
    expect(canReopen({ status: 'closed-for-teams' })).toBe(true);
  });

  it('counts open findings as the API does', () => {
    const items = [
      { item: 'running-timers' as const, status: 'open' as const, count: 2, findings: [], truncated: false },
      { item: 'unbilled-billable-hours' as const, status: 'info' as const, count: 4, findings: [], truncated: false },
      { item: 'quality-findings' as const, status: 'open' as const, count: 1, findings: [], truncated: false },
    ];
    expect(openFindings({ items })).toBe(3);
    expect(openFindings({ items, openFindings: 5 })).toBe(5);
    expect(openFindings(null)).toBe(0);
  });

  it('builds requests: no teams means organisation-wide, blanks are left out, reasons trimmed', () => {
    expect(closeRequest([], '  ')).toEqual({});
    expect(closeRequest(['t1'], ' Late entries confirmed ')).toEqual({ teamIds: ['t1'], note: 'Late entries confirmed' });
    expect(reopenRequest([], ' Correction ')).toEqual({ reason: 'Correction' });
    expect(reopenRequest(['t1'], 'x')).toEqual({ teamIds: ['t1'], reason: 'x' });
    expect(deadlineRequest(null, '')).toEqual({ deadline: null });
    expect(deadlineRequest('2026-11-06', 'Holiday')).toEqual({ deadline: '2026-11-06', reason: 'Holiday' });
  });
});
