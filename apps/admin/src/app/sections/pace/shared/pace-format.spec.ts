import { completenessBucket, completenessPercent, dayLabel, daysFrom, hoursLabel, monthStart, weekdayLabel } from './pace-format';

describe('pace formatting', () => {
  it('writes seconds as hours and whole minutes', () => {
    expect(hoursLabel(0)).toBe('0h');
    expect(hoursLabel(14_400)).toBe('4h');
    expect(hoursLabel(27_000)).toBe('7h 30m');
    expect(hoursLabel(119)).toBe('0h 1m'); // 1 min 59 s: seconds dropped
    expect(hoursLabel(-5)).toBe('0h');
  });

  it('names days as the heat map labels them', () => {
    expect(dayLabel('2026-11-03')).toBe('3 Nov');
    expect(weekdayLabel('2026-11-03')).toBe('Tue');
  });

  it('lists the days of a range and finds the month start', () => {
    expect(daysFrom('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysFrom('2026-03-02', '2026-03-01')).toEqual([]);
    expect(monthStart('2026-11-17')).toBe('2026-11-01');
  });

  it('buckets completeness with the same 90 % line as "behind"', () => {
    expect(completenessBucket(0, 0)).toBe('none');
    expect(completenessBucket(3_600, 0)).toBe('extra');
    expect(completenessBucket(28_800, 28_800)).toBe('full');
    expect(completenessBucket(30_000, 28_800)).toBe('full');
    expect(completenessBucket(25_920, 28_800)).toBe('near'); // exactly 90 %: 25,920 x 10 = 28,800 x 9
    expect(completenessBucket(25_919, 28_800)).toBe('half');
    expect(completenessBucket(14_400, 28_800)).toBe('half'); // exactly 50 %
    expect(completenessBucket(14_399, 28_800)).toBe('low');
    expect(completenessBucket(0, 28_800)).toBe('low');
  });

  it('gives a whole percentage, rounded down', () => {
    expect(completenessPercent(14_400, 28_800)).toBe(50);
    expect(completenessPercent(28_799, 28_800)).toBe(99);
    expect(completenessPercent(100, 0)).toBeNull();
  });
});
