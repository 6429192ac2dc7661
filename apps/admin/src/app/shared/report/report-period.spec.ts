import { intersectPeriods, isoWeekDays, monthDays, periodLabel, resolveRelativePeriod, todayInZone } from './report-period';

describe('report periods', () => {
  it('takes today in the organisation zone, not the browser zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (CEST, +2) but still 31 March in New York.
    const instant = Date.parse('2026-03-31T23:30:00Z');
    expect(todayInZone('Europe/Berlin', instant)).toBe('2026-04-01');
    expect(todayInZone('America/New_York', instant)).toBe('2026-03-31');
    expect(todayInZone('Pacific/Auckland', Date.parse('2026-12-31T12:00:00Z'))).toBe('2027-01-01');
  });

  it('so "last month" at that instant depends on the zone', () => {
    const instant = Date.parse('2026-03-31T23:30:00Z');
    expect(resolveRelativePeriod('last_month', todayInZone('Europe/Berlin', instant))).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(resolveRelativePeriod('last_month', todayInZone('America/New_York', instant))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it.each([
    ['this_month', '2026-03-10', '2026-03-01', '2026-03-31'],
    ['last_month', '2026-01-15', '2025-12-01', '2025-12-31'],
    ['last_month', '2024-03-31', '2024-02-01', '2024-02-29'],
    ['this_week', '2026-03-15', '2026-03-09', '2026-03-15'], // a Sunday belongs to the week that began on Monday
    ['this_week', '2026-03-09', '2026-03-09', '2026-03-15'],
    ['last_week', '2026-01-02', '2025-12-22', '2025-12-28'],
    ['last_7_days', '2026-03-03', '2026-02-25', '2026-03-03'],
    ['last_30_days', '2026-03-30', '2026-03-01', '2026-03-30'],
    ['yesterday', '2026-03-01', '2026-02-28', '2026-02-28'],
    ['this_year', '2026-06-01', '2026-01-01', '2026-12-31'],
    ['last_year', '2026-06-01', '2025-01-01', '2025-12-31'],
  ] as const)('%s seen from %s is %s .. %s', (relative, today, from, to) => {
    expect(resolveRelativePeriod(relative, today)).toEqual({ from, to });
  });

  it('reads ISO weeks and months as days', () => {
    expect(isoWeekDays('2026-W11')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(isoWeekDays('2026-W01')).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(isoWeekDays('soon')).toBeNull();
  });

  it('intersects periods', () => {
    expect(intersectPeriods({ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-30', to: '2026-04-05' })).toEqual({ from: '2026-03-30', to: '2026-03-31' });
    expect(intersectPeriods({ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-04-01', to: '2026-04-05' })).toBeNull();
  });

  it('labels periods compactly', () => {
    expect(periodLabel({ from: '2026-03-01', to: '2026-03-31' })).toBe('1 – 31 Mar 2026');
    expect(periodLabel({ from: '2026-02-23', to: '2026-03-01' })).toBe('23 Feb – 1 Mar 2026');
    expect(periodLabel({ from: '2025-12-29', to: '2026-01-04' })).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(periodLabel({ from: '2026-03-10', to: '2026-03-10' })).toBe('10 Mar 2026');
  });
});
