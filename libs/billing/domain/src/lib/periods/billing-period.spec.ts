import { billingPeriodOf, billingPeriodsWithin } from './billing-period';
import { day } from '../testing/fixtures';

describe('billing periods on local days', () => {
  it.each([
    ['2026-03-31', 'month', '2026-03', '2026-03-01', '2026-03-31'],
    ['2024-02-29', 'month', '2024-02', '2024-02-01', '2024-02-29'], // leap year
    ['2026-05-15', 'quarter', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-12-31', 'quarter', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-03-08', 'week', '2026-W10', '2026-03-02', '2026-03-08'], // Sunday ends ISO week 10
    ['2027-01-01', 'week', '2026-W53', '2026-12-28', '2027-01-03'], // New Year's Day in the last week of 2026
  ] as const)(
    '%s in a %s is %s (%s..%s)',
    (date, unit, key, firstDay, lastDay) => {
      expect(billingPeriodOf(day(date), unit)).toEqual({
        unit,
        key,
        firstDay,
        lastDay,
      });
    },
  );

  it('lists only the periods wholly inside the selection', () => {
    expect(
      billingPeriodsWithin(day('2026-01-15'), day('2026-04-30'), 'month').map(
        (period) => period.key,
      ),
    ).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(
      billingPeriodsWithin(day('2026-01-01'), day('2026-06-29'), 'quarter').map(
        (period) => period.key,
      ),
    ).toEqual(['2026-Q1']);
    expect(
      billingPeriodsWithin(day('2026-03-03'), day('2026-03-09'), 'week'),
    ).toEqual([]); // Tuesday to Monday
  });
});
