import { LocalDate } from '@billing/shared/kernel';
import { periodDeadline } from './period-deadline';

describe('periodDeadline', () => {
  const march = { year: 2026, month: 3 };

  it('follows the organisation rule: 3rd working day of April 2026 is Friday 3 April', () => {
    // 1 April is a Wednesday: Wed 1, Thu 2, Fri 3 -> the 3rd working day
    expect(periodDeadline(march, { deadlineOverride: null }, { kind: 'nth-working-day-of-next-month', n: 3 })).toEqual({
      deadline: '2026-04-03',
      source: 'rule',
    });
  });

  it('skips holidays passed in: with Good Friday 3 April off, the deadline is Monday 6 April', () => {
    const isHoliday = (date: LocalDate) => date === '2026-04-03';
    expect(periodDeadline(march, { deadlineOverride: null }, { kind: 'nth-working-day-of-next-month', n: 3 }, isHoliday).deadline).toBe(
      '2026-04-06',
    );
  });

  it('December rolls into January of the next year', () => {
    expect(periodDeadline({ year: 2026, month: 12 }, { deadlineOverride: null }, { kind: 'nth-day-of-next-month', n: 5 }).deadline).toBe(
      '2027-01-05',
    );
  });

  it('an override wins', () => {
    expect(
      periodDeadline(march, { deadlineOverride: '2026-04-10' as LocalDate }, { kind: 'nth-working-day-of-next-month', n: 3 }),
    ).toEqual({ deadline: '2026-04-10', source: 'override' });
  });
});
