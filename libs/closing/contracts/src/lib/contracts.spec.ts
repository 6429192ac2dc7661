import { CHECKLIST_ITEM_KINDS, PERIOD_HISTORY_KINDS, PERIOD_STATUSES } from '../index';

describe('closing contracts', () => {
  it('list the statuses, history kinds and checklist items the API returns', () => {
    expect(PERIOD_STATUSES).toEqual(['open', 'closed', 'closed-for-teams']);
    expect(PERIOD_HISTORY_KINDS).toEqual(['deadline-overridden', 'closed', 'reopened']);
    expect(CHECKLIST_ITEM_KINDS).toEqual([
      'running-timers',
      'members-behind-pace',
      'entries-without-rate',
      'unbilled-billable-hours',
      'quality-findings',
    ]);
  });
});
