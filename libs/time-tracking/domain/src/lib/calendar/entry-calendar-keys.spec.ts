import { BERLIN, NEW_YORK, UTC, instant } from '../testing/fixtures';
import { entryCalendarKeys, entryDay, entryPeriod } from './entry-calendar-keys';

describe('entry day, ISO week and month in the organisation zone', () => {
  it.each([
    // start instant (UTC), zone, local wall clock, day, week, month
    ['2026-03-10T09:00:00Z', UTC, 'Tue 09:00', '2026-03-10', '2026-W11', '2026-03'],
    // UTC says April; New York (EDT, UTC-4) is still on 31 March: the entry belongs to March
    ['2026-04-01T03:30:00Z', NEW_YORK, 'Tue 31 Mar 23:30 EDT', '2026-03-31', '2026-W14', '2026-03'],
    // UTC says 2027; New York (EST, UTC-5) is on 31 December, and that Thursday is in ISO week 53 of 2026
    ['2027-01-01T04:30:00Z', NEW_YORK, 'Thu 31 Dec 23:30 EST', '2026-12-31', '2026-W53', '2026-12'],
    // UTC says March; Berlin (CEST, UTC+2) is already on 1 April
    ['2026-03-31T22:30:00Z', BERLIN, 'Wed 1 Apr 00:30 CEST', '2026-04-01', '2026-W14', '2026-04'],
    // Berlin DST starts 29 March 01:00 UTC; the same 22:30 UTC is 23:30 the day before in winter...
    ['2026-03-28T22:30:00Z', BERLIN, 'Sat 28 Mar 23:30 CET', '2026-03-28', '2026-W13', '2026-03'],
    // ...and 00:30 the next day in summer
    ['2026-03-29T22:30:00Z', BERLIN, 'Mon 30 Mar 00:30 CEST', '2026-03-30', '2026-W14', '2026-03'],
    // the Sunday of the DST change still ends week 13 (weeks run Monday to Sunday)
    ['2026-03-28T23:30:00Z', BERLIN, 'Sun 29 Mar 00:30 CET', '2026-03-29', '2026-W13', '2026-03'],
    // Berlin DST ends 25 October 01:00 UTC: 02:30 happens twice, both on 25 October
    ['2026-10-25T00:30:00Z', BERLIN, 'Sun 25 Oct 02:30 CEST', '2026-10-25', '2026-W43', '2026-10'],
    ['2026-10-25T01:30:00Z', BERLIN, 'Sun 25 Oct 02:30 CET', '2026-10-25', '2026-W43', '2026-10'],
    // New York DST starts 8 March 07:00 UTC: 04:30 UTC is 23:30 EST on the 7th before, 00:30 EDT on the 9th after
    ['2026-03-08T04:30:00Z', NEW_YORK, 'Sat 7 Mar 23:30 EST', '2026-03-07', '2026-W10', '2026-03'],
    ['2026-03-09T04:30:00Z', NEW_YORK, 'Mon 9 Mar 00:30 EDT', '2026-03-09', '2026-W11', '2026-03'],
  ] as const)('%s in %s (%s) is day %s, week %s, month %s', (startedAt, zone, _wall, day, week, month) => {
    expect(entryCalendarKeys(instant(startedAt), zone)).toEqual({ day, week, month });
  });

  it('an entry crossing midnight belongs to the day of its start', () => {
    // 31 March 22:00 to 1 April 02:00 in New York: all four hours count for 31 March (and March)
    expect(entryDay(instant('2026-04-01T02:00:00Z'), NEW_YORK)).toBe('2026-03-31');
  });

  it('gives the period with its instant bounds', () => {
    const period = entryPeriod(instant('2026-04-01T03:30:00Z'), NEW_YORK);
    expect(period.key).toBe('2026-03');
    expect(period.end.toISOString()).toBe('2026-04-01T04:00:00.000Z'); // 1 April 00:00 EDT = 04:00 UTC
  });
});
