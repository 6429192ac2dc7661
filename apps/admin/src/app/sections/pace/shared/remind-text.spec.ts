import { remindOutcomeText } from './remind-text';

describe('the remind outcome', () => {
  it('tells a new reminder from one already queued or sent that day', () => {
    expect(remindOutcomeText('Max', { jobId: 'j', memberId: 'm', on: '2026-11-25', status: 'queued' })).toBe('Reminder sent to Max for 25 Nov');
    expect(remindOutcomeText('Max', { jobId: 'j', memberId: 'm', on: '2026-11-25', status: 'already-queued' })).toBe('Max was already reminded for 25 Nov');
  });
});
