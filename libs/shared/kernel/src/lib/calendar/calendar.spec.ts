import { ValidationError } from '../errors/domain-errors';
import {
  addDays,
  daysBetween,
  daysInMonth,
  isLocalDate,
  isoWeekOf,
  isoWeekday,
  nthWorkingDayOfMonth,
  parseLocalDate,
  LocalDate,
} from './local-date';
import { Period } from './period';
import {
  TimeZone,
  UTC,
  isValidTimeZone,
  offsetMillisecondsAt,
  parseTimeZone,
  wallClockOf,
} from './time-zone';
import { endOfLocalDay, localDateOf, startOfLocalDay } from './zoned-time';

const berlin = parseTimeZone('Europe/Berlin');
const auckland = parseTimeZone('Pacific/Auckland');
const losAngeles = parseTimeZone('America/Los_Angeles');
const santiago = parseTimeZone('America/Santiago');
const date = (value: string): LocalDate => parseLocalDate(value);
const HOUR = 3_600_000;

describe('time zones', () => {
  it.each([
    'Europe/Berlin',
    'Pacific/Auckland',
    'America/Los_Angeles',
    'UTC',
    'Asia/Kolkata',
    'Etc/GMT+1',
  ])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each(['Europe/Atlantis', '+01:00', 'Berlin', '', 'Mars/Olympus_Mons', 42])(
    'rejects %p',
    (zone) => {
      expect(isValidTimeZone(zone)).toBe(false);
      expect(() => parseTimeZone(zone, 'settings.timeZone')).toThrow(
        ValidationError,
      );
    },
  );

  it('knows offsets on both sides of a DST change', () => {
    expect(offsetMillisecondsAt(new Date('2026-01-15T12:00:00Z'), berlin)).toBe(
      1 * HOUR,
    ); // CET
    expect(offsetMillisecondsAt(new Date('2026-07-15T12:00:00Z'), berlin)).toBe(
      2 * HOUR,
    ); // CEST
    expect(
      offsetMillisecondsAt(new Date('2026-01-15T12:00:00Z'), auckland),
    ).toBe(13 * HOUR); // NZDT in January
    expect(
      offsetMillisecondsAt(new Date('2026-07-15T12:00:00Z'), losAngeles),
    ).toBe(-7 * HOUR); // PDT
  });

  it('reads the wall clock', () => {
    expect(wallClockOf(new Date('2026-03-29T01:00:00Z'), berlin)).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 3, // 02:00 CET jumps to 03:00 CEST at 01:00 UTC
      minute: 0,
      second: 0,
    });
  });
});

describe('local dates', () => {
  it('validates YYYY-MM-DD calendar dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(() => parseLocalDate('tomorrow', 'from')).toThrow(ValidationError);
  });

  it('does day arithmetic', () => {
    expect(addDays(date('2026-02-28'), 1)).toBe('2026-03-01');
    expect(addDays(date('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(date('2026-01-01'), -1)).toBe('2025-12-31');
    expect(daysBetween(date('2026-01-01'), date('2026-12-31'))).toBe(364);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('weekday is ISO: Monday 1 .. Sunday 7', () => {
    expect(isoWeekday(date('2026-03-30'))).toBe(1); // Monday
    expect(isoWeekday(date('2026-03-29'))).toBe(7); // Sunday
  });

  it.each([
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'], // Thursday: week 1 of 2026 starts in December 2025
    ['2025-12-29', '2026-W01', '2025-12-29', '2026-01-04'], // Monday of that week belongs to 2026's week 1
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'], // Friday: 2026 starts on a Thursday, so it has 53 weeks
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'], // Sunday still in the previous year's last week
    ['2026-03-29', '2026-W13', '2026-03-23', '2026-03-29'], // Sunday ends the week (not starts it)
    ['2026-03-30', '2026-W14', '2026-03-30', '2026-04-05'],
  ])('%s is in %s (%s..%s)', (day, key, monday, sunday) => {
    const week = isoWeekOf(date(day));
    expect([week.key, week.monday, week.sunday]).toEqual([key, monday, sunday]);
  });

  it('finds the n-th working day of a month, skipping weekends and holidays', () => {
    // April 2026: Wed 1, Thu 2, Fri 3 -> 3rd working day is the 3rd
    expect(nthWorkingDayOfMonth(2026, 4, 3)).toBe('2026-04-03');
    // February 2026 starts on a Sunday: Mon 2, Tue 3, Wed 4
    expect(nthWorkingDayOfMonth(2026, 2, 3)).toBe('2026-02-04');
    // January 2026 with New Year's Day off: Thu 1 (holiday), Fri 2, Mon 5, Tue 6
    expect(
      nthWorkingDayOfMonth(2026, 1, 3, (day) => day === '2026-01-01'),
    ).toBe('2026-01-06');
    expect(() => nthWorkingDayOfMonth(2026, 1, 0)).toThrow(ValidationError);
  });
});

describe('local date of an instant', () => {
  it.each([
    ['2026-03-28T22:59:59Z', berlin, '2026-03-28'], // 23:59:59 CET
    ['2026-03-28T23:00:00Z', berlin, '2026-03-29'], // 00:00 CET
    ['2026-03-29T21:59:59Z', berlin, '2026-03-29'], // 23:59:59 CEST
    ['2026-03-29T22:00:00Z', berlin, '2026-03-30'], // 00:00 CEST
    ['2026-01-31T11:00:00Z', auckland, '2026-02-01'], // 00:00 NZDT (+13) is still 31 January in UTC
    ['2026-03-01T07:59:59Z', losAngeles, '2026-02-28'], // 23:59:59 PST (-8)
    ['2026-03-01T08:00:00Z', losAngeles, '2026-03-01'],
    ['2026-03-01T08:00:00Z', UTC, '2026-03-01'],
  ] as const)('%s in %s is %s', (instant, zone, expected) => {
    expect(localDateOf(new Date(instant), zone)).toBe(expected);
  });
});

describe('start of local day', () => {
  it.each([
    // date, zone, start, end (exclusive), hours in that day
    [
      '2026-03-28',
      berlin,
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      24,
    ],
    [
      '2026-03-29',
      berlin,
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      23,
    ], // spring forward: 23 h
    [
      '2026-10-25',
      berlin,
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
      25,
    ], // fall back: 25 h
    [
      '2026-03-08',
      losAngeles,
      '2026-03-08T08:00:00.000Z',
      '2026-03-09T07:00:00.000Z',
      23,
    ], // PST -> PDT
    [
      '2026-11-01',
      losAngeles,
      '2026-11-01T07:00:00.000Z',
      '2026-11-02T08:00:00.000Z',
      25,
    ], // PDT -> PST
    [
      '2026-04-05',
      auckland,
      '2026-04-04T11:00:00.000Z',
      '2026-04-05T12:00:00.000Z',
      25,
    ], // NZDT -> NZST
    [
      '2026-09-27',
      auckland,
      '2026-09-26T12:00:00.000Z',
      '2026-09-27T11:00:00.000Z',
      23,
    ], // NZST -> NZDT
    [
      '2026-07-01',
      UTC,
      '2026-07-01T00:00:00.000Z',
      '2026-07-02T00:00:00.000Z',
      24,
    ],
  ] as const)(
    '%s in %s runs from %s to %s (%i h)',
    (day, zone, start, end, hours) => {
      const startInstant = startOfLocalDay(date(day), zone);
      const endInstant = endOfLocalDay(date(day), zone);
      expect(startInstant.toISOString()).toBe(start);
      expect(endInstant.toISOString()).toBe(end);
      expect((endInstant.getTime() - startInstant.getTime()) / HOUR).toBe(
        hours,
      );
    },
  );

  it('when DST swallows midnight, the day starts when the clocks jump (Santiago, 2026-09-06 00:00 -> 01:00)', () => {
    const start = startOfLocalDay(date('2026-09-06'), santiago);
    // -04 until 2026-09-06T04:00Z, then -03: local 00:00..00:59 never happens
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(wallClockOf(start, santiago).hour).toBe(1);
    expect(localDateOf(new Date(start.getTime() - 1000), santiago)).toBe(
      '2026-09-05',
    );
  });

  it('when midnight follows a repeated hour, the day starts at the only midnight (Santiago, 2026-04-05)', () => {
    // 00:00 -03 on 5 April becomes 23:00 -04 on 4 April; 5 April starts at 00:00 -04 = 04:00Z
    expect(startOfLocalDay(date('2026-04-05'), santiago).toISOString()).toBe(
      '2026-04-05T04:00:00.000Z',
    );
  });
});

describe('Period', () => {
  it('is a calendar month in the zone, end exclusive', () => {
    const march = Period.of(2026, 3, berlin);
    expect(march.key).toBe('2026-03');
    expect(march.start.toISOString()).toBe('2026-02-28T23:00:00.000Z'); // 1 March 00:00 CET
    expect(march.end.toISOString()).toBe('2026-03-31T22:00:00.000Z'); // 1 April 00:00 CEST
    expect(march.contains(new Date('2026-02-28T23:00:00Z'))).toBe(true);
    expect(march.contains(new Date('2026-02-28T22:59:59.999Z'))).toBe(false);
    expect(march.contains(new Date('2026-03-31T21:59:59.999Z'))).toBe(true);
    expect(march.contains(new Date('2026-03-31T22:00:00Z'))).toBe(false);
    expect(march.containsDate(date('2026-03-31'))).toBe(true);
    expect(march.containsDate(date('2026-04-01'))).toBe(false);
  });

  it('moves across year ends', () => {
    const december = Period.fromKey('2025-12', auckland);
    expect(december.next().key).toBe('2026-01');
    expect(december.next().previous().equals(december)).toBe(true);
    expect(Period.fromKey('2026-01', auckland).previous().key).toBe('2025-12');
    expect(Period.fromKey('2026-01', auckland).start.toISOString()).toBe(
      '2025-12-31T11:00:00.000Z',
    ); // +13
  });

  it('finds the period of an instant by its local date', () => {
    // 2026-01-31T11:30Z is 1 February 00:30 in Auckland
    expect(
      Period.containing(new Date('2026-01-31T11:30:00Z'), auckland).key,
    ).toBe('2026-02');
    expect(Period.containing(new Date('2026-01-31T11:30:00Z'), UTC).key).toBe(
      '2026-01',
    );
    // 2026-04-01T06:59Z is 31 March 23:59 PDT
    expect(
      Period.containing(new Date('2026-04-01T06:59:00Z'), losAngeles).key,
    ).toBe('2026-03');
  });

  it('rejects malformed keys', () => {
    expect(() => Period.fromKey('2026-13', berlin)).toThrow(ValidationError);
    expect(() => Period.fromKey('2026-3', berlin)).toThrow(ValidationError);
  });

  it('successive periods tile time without gaps', () => {
    let period = Period.fromKey('2025-11', berlin as TimeZone);
    for (let step = 0; step < 14; step += 1) {
      const next = period.next();
      expect(next.start.getTime()).toBe(period.end.getTime());
      period = next;
    }
    expect(period.key).toBe('2027-01');
  });
});
