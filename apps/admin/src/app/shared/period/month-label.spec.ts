import { closedPeriodMessage, monthLabel } from './month-label';

describe('month labels', () => {
  it('names the month and year of a period key', () => {
    expect(monthLabel('2026-03')).toBe('March 2026');
    expect(monthLabel('2025-12')).toBe('December 2025');
  });

  it('leaves what is not a period key as it is', () => {
    expect(monthLabel('2026-13')).toBe('2026-13');
    expect(monthLabel('March')).toBe('March');
  });

  it('turns the closed-period refusal into a sentence for a member', () => {
    expect(closedPeriodMessage('Period 2026-03 is closed')).toBe('March 2026 is closed; ask finance to reopen it if this time must change.');
    expect(closedPeriodMessage('', '2026-10')).toBe('October 2026 is closed; ask finance to reopen it if this time must change.');
    expect(closedPeriodMessage('Closed')).toBe('This period is closed; ask finance to reopen it if this time must change.');
  });
});
