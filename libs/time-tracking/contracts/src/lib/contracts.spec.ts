import { AUDIT_RULES, TIME_ENTRY_SOURCES } from '../index';

describe('time-tracking contracts', () => {
  it('list the same audit rules and sources as the domain stores', () => {
    expect(AUDIT_RULES).toEqual([
      'overlap',
      'entry-over-12h',
      'running-over-24h',
      'missing-task',
      'missing-description',
      'non-working-day',
      'logged-late',
    ]);
    expect(TIME_ENTRY_SOURCES).toEqual(['timer', 'manual', 'calendar', 'api', 'adjustment']);
  });
});
