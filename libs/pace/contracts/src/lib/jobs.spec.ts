import { reminderJobId, weeklySummaryJobId } from './jobs';

describe('job ids', () => {
  it('name one job per member and day, and per responsible and week', () => {
    expect(reminderJobId('m-1', '2026-03-02')).toBe('reminder:m-1:2026-03-02');
    expect(weeklySummaryJobId('r-1', '2026-W10')).toBe('weekly-summary:r-1:2026-W10');
  });
});
