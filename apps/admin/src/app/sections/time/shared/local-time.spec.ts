import {
  addDays,
  dayInZone,
  daysOfWeek,
  isDay,
  isoWeekOf,
  isoWeekday,
  mondayOfWeek,
  shiftWeek,
  shortDayLabel,
  timeOfDayInZone,
  wallClockToInstant,
  zoneOffsetMs,
} from './local-time';

describe('local time', () => {
  describe('ISO weeks', () => {
    it.each([
      ['2026-03-10', '2026-W11'],
      ['2026-01-01', '2026-W01'], // a Thursday: week 1
      ['2027-01-01', '2026-W53'], // a Friday: the last week of 2026, which has 53
      ['2024-12-30', '2025-W01'], // a Monday belonging to next year's week 1
      ['2021-01-03', '2020-W53'],
    ])('%s is in %s', (day, week) => {
      expect(isoWeekOf(day)).toBe(week);
    });

    it('lists Monday to Sunday of a week, across a month and a year end', () => {
      expect(daysOfWeek('2026-W11')).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
      expect(daysOfWeek('2026-W53')[6]).toBe('2027-01-03');
    });

    it('refuses weeks a year does not have', () => {
      expect(mondayOfWeek('2025-W53')).toBeNull();
      expect(mondayOfWeek('2026-W53')).toBe('2026-12-28');
      expect(mondayOfWeek('soon')).toBeNull();
    });

    it('moves by weeks over the year boundary', () => {
      expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
      expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    });
  });

  it('does day arithmetic without the browser zone', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(isoWeekday('2026-03-15')).toBe(7);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
  });

  describe('in a zone', () => {
    it('reads the offset in winter and summer', () => {
      expect(zoneOffsetMs(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
      expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
      expect(zoneOffsetMs(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-14_400_000);
    });

    it('puts an instant on the local day: late evening in New York is the next day in UTC', () => {
      const instant = Date.parse('2026-03-11T02:30:00Z');
      expect(dayInZone(instant, 'America/New_York')).toBe('2026-03-10');
      expect(timeOfDayInZone(instant, 'America/New_York')).toBe('22:30');
      expect(dayInZone(instant, 'Europe/Berlin')).toBe('2026-03-11');
    });

    it('turns 09:00 local into the instant, on both sides of a DST change', () => {
      expect(wallClockToInstant('2026-03-27', '09:00', 'Europe/Berlin')).toBe('2026-03-27T08:00:00Z');
      expect(wallClockToInstant('2026-03-30', '09:00', 'Europe/Berlin')).toBe('2026-03-30T07:00:00Z');
      expect(wallClockToInstant('2026-03-10', '09:00', 'America/New_York')).toBe('2026-03-10T13:00:00Z');
      expect(wallClockToInstant('2026-03-10', '09:00', 'UTC')).toBe('2026-03-10T09:00:00Z');
    });

    it('reads a time in the spring-forward gap with the offset before the change', () => {
      // 02:30 does not exist in Berlin on 29 March 2026; 01:00Z is 03:00 CEST, so 02:30 CET = 01:30Z.
      expect(wallClockToInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00Z');
    });
  });

  it('labels days in English whatever the browser zone', () => {
    expect(shortDayLabel('2026-03-10')).toBe('Tue 10 Mar');
  });
});
