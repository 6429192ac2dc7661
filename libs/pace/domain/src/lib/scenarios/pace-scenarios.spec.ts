import { type LocalDate, parseTimeZone } from '@billing/shared/kernel';
import { type MemberCalendar, type TimeOffSpan, expectedSecondsOn } from '../expected/expected-seconds';
import { type ScheduleVersion } from '../member-pace/member-pace.state';
import { memberPaceDays, trackedByDay, trackedEntry } from '../pace/member-days';
import { isBehind, rollUp, sumFigures } from '../pace/pace-figures';
import { reminderRunAt } from '../reminders/reminder-schedule';
import { FULL_TIME, HALF_TIME, HOUR, day } from '../testing/fixtures';

// March 2026 starts on a Sunday: working days are 2-6, 9-13, 16-20, 23-27, 30-31 (22 days).
const berlin = parseTimeZone('Europe/Berlin');
const noHolidays = () => false;
const calendar = (schedules: ScheduleVersion[], holidays: string[] = [], timeOff: TimeOffSpan[] = []): MemberCalendar => ({
  schedules,
  isHoliday: (date: LocalDate) => holidays.includes(date),
  timeOff,
});
const version = (validFrom: string, weekdaySeconds = FULL_TIME): ScheduleVersion => ({ validFrom: day(validFrom), weekdaySeconds });
const march = (member: MemberCalendar, tracked = new Map<LocalDate, number>()) => memberPaceDays(member, tracked, day('2026-03-01'), day('2026-03-31'));

describe('scenario: the schedule changes mid-month', () => {
  const member = calendar([version('2026-01-01'), version('2026-03-16', HALF_TIME)]);

  it('uses the version in force on each day', () => {
    expect(expectedSecondsOn(member, day('2026-03-13'))).toBe(28_800); // Friday, full time: 8 h
    expect(expectedSecondsOn(member, day('2026-03-16'))).toBe(14_400); // Monday, half time from today: 4 h
    expect(expectedSecondsOn(member, day('2026-03-21'))).toBe(0); // Saturday
  });

  it('adds up per week and month', () => {
    const weeks = rollUp(march(member), 'week');
    expect(weeks.map((week) => [week.key, week.expectedSeconds])).toEqual([
      ['2026-W09', 0], // Sunday 1 March only
      ['2026-W10', 144_000], // 5 x 8 h = 40 h
      ['2026-W11', 144_000], // 5 x 8 h = 40 h
      ['2026-W12', 72_000], // 5 x 4 h = 20 h
      ['2026-W13', 72_000], // 5 x 4 h = 20 h
      ['2026-W14', 28_800], // Mon 30 + Tue 31 x 4 h = 8 h (week clipped to March)
    ]);
    // 10 days x 8 h + 12 days x 4 h = 80 h + 48 h = 128 h = 460,800 s
    expect(rollUp(march(member), 'month')).toEqual([
      { key: '2026-03', from: '2026-03-01', to: '2026-03-31', expectedSeconds: 460_800, trackedSeconds: 0, missingSeconds: 460_800 },
    ]);
  });
});

describe('scenario: a holiday', () => {
  // Good Friday 2026 is 3 April; week 2026-W14 runs Monday 30 March to Sunday 5 April.
  const member = calendar([version('2026-01-01')], ['2026-04-03']);
  const week = (tracked: number) =>
    sumFigures(memberPaceDays(member, new Map([[day('2026-03-30'), tracked]]), day('2026-03-30'), day('2026-04-05')));

  it('expects nothing on the holiday', () => {
    expect(expectedSecondsOn(member, day('2026-04-03'))).toBe(0);
    // 4 working days x 8 h = 32 h = 115,200 s
    expect(week(0).expectedSeconds).toBe(115_200);
  });

  it('is behind under 90 % of the 32 h: 28.8 h is exactly on the line', () => {
    // 28.8 h = 103,680 s: 103,680 x 10 = 1,036,800 = 115,200 x 9, not less: on pace
    expect(isBehind(week(103_680))).toBe(false);
    // one second less: 1,036,790 < 1,036,800: behind
    expect(isBehind(week(103_679))).toBe(true);
  });

  it('a long day does not fill another day\'s gap: missing adds up per day', () => {
    // All 32 h tracked on Monday: Monday is 24 h over, Tue-Thu miss 3 x 8 h = 24 h
    const figures = week(115_200);
    expect(figures).toEqual({ expectedSeconds: 115_200, trackedSeconds: 115_200, missingSeconds: 86_400 });
    expect(isBehind(figures)).toBe(false);
  });
});

describe('scenario: a half day off', () => {
  const member = calendar([version('2026-01-01')], [], [{ from: day('2026-03-10'), to: day('2026-03-10'), secondsPerDay: 4 * HOUR }]);

  it('takes the hours off the day and never goes below zero', () => {
    // 8 h - 4 h off = 4 h
    expect(expectedSecondsOn(member, day('2026-03-10'))).toBe(14_400);
    const tracked = new Map([[day('2026-03-10'), 3 * HOUR]]);
    // expected 4 h, tracked 3 h: missing 1 h = 3,600 s; 10,800 x 10 = 108,000 < 14,400 x 9 = 129,600: behind
    const [tuesday] = memberPaceDays(member, tracked, day('2026-03-10'), day('2026-03-10'));
    expect(tuesday).toEqual({ date: '2026-03-10', expectedSeconds: 14_400, trackedSeconds: 10_800, missingSeconds: 3_600 });
    expect(isBehind(tuesday ?? { expectedSeconds: 0, trackedSeconds: 0 })).toBe(true);
    // two overlapping requests of 6 h on an 8 h day: 8 - 12 clamps at 0
    const twice = calendar([version('2026-01-01')], [], [
      { from: day('2026-03-11'), to: day('2026-03-11'), secondsPerDay: 6 * HOUR },
      { from: day('2026-03-11'), to: day('2026-03-11'), secondsPerDay: 6 * HOUR },
    ]);
    expect(expectedSecondsOn(twice, day('2026-03-11'))).toBe(0);
  });

  it('a full day off expects nothing', () => {
    const off = calendar([version('2026-01-01')], [], [{ from: day('2026-03-09'), to: day('2026-03-13'), secondsPerDay: null }]);
    // whole week W11 off
    expect(sumFigures(memberPaceDays(off, new Map(), day('2026-03-09'), day('2026-03-15'))).expectedSeconds).toBe(0);
  });
});

describe('scenario: a member joins mid-month', () => {
  // Schedule from Wednesday 18 March; before it nothing is expected.
  const member = calendar([version('2026-03-18')]);

  it('expects nothing before the first schedule', () => {
    expect(expectedSecondsOn(member, day('2026-03-17'))).toBe(0);
    expect(expectedSecondsOn(member, day('2026-03-18'))).toBe(28_800);
    // 18-20 (3) + 23-27 (5) + 30-31 (2) = 10 days x 8 h = 80 h = 288,000 s
    const tracked = new Map([[day('2026-03-18'), 8 * HOUR]]);
    const [month] = rollUp(march(member, tracked), 'month');
    expect(month?.expectedSeconds).toBe(288_000);
    // missing 288,000 - 28,800 = 259,200 (9 days x 8 h)
    expect(month?.missingSeconds).toBe(259_200);
  });
});

describe('scenario: entries count on the local day of their start', () => {
  it('an entry starting 00:30 in Berlin is the next day, though still the previous UTC day', () => {
    const entries = [
      trackedEntry(new Date('2026-03-02T23:30:00Z'), 2 * HOUR, berlin), // Tue 3 March 00:30 CET
      trackedEntry(new Date('2026-03-02T08:00:00Z'), 8 * HOUR, berlin), // Mon 2 March 09:00 CET
    ];
    expect([...trackedByDay(entries)]).toEqual([
      ['2026-03-03', 7_200],
      ['2026-03-02', 28_800],
    ]);
  });
});

describe('scenario: the reminder hour falls on the previous UTC day', () => {
  const auckland = parseTimeZone('Pacific/Auckland');

  it('09:00 Tuesday in Auckland (NZDT, +13) is 20:00 Monday UTC: members are reminded about Monday', () => {
    expect(reminderRunAt(new Date('2026-03-02T20:00:00Z'), auckland, 9, noHolidays)).toEqual({
      today: '2026-03-03',
      remindFor: '2026-03-02',
      summaryWeek: null,
    });
  });

  it('on Monday (Sunday in UTC) the reminder is about Friday, and the summaries cover last week', () => {
    expect(reminderRunAt(new Date('2026-03-01T20:00:00Z'), auckland, 9, noHolidays)).toEqual({
      today: '2026-03-02',
      remindFor: '2026-02-27',
      summaryWeek: '2026-W09',
    });
  });

  it('other hours, weekends and holidays do not run', () => {
    expect(reminderRunAt(new Date('2026-03-02T21:00:00Z'), auckland, 9, noHolidays)).toBeNull(); // 10:00
    expect(reminderRunAt(new Date('2026-03-06T20:00:00Z'), auckland, 9, noHolidays)).toBeNull(); // Saturday 09:00
    const tuesdayOff = (date: LocalDate) => date === '2026-03-03';
    expect(reminderRunAt(new Date('2026-03-02T20:00:00Z'), auckland, 9, tuesdayOff)).toBeNull();
    // Wednesday after a Tuesday holiday: about Monday
    expect(reminderRunAt(new Date('2026-03-03T20:00:00Z'), auckland, 9, tuesdayOff)?.remindFor).toBe('2026-03-02');
  });

  it('in winter (NZST, +12) 09:00 is 21:00 UTC', () => {
    expect(reminderRunAt(new Date('2026-07-06T21:00:00Z'), auckland, 9, noHolidays)?.today).toBe('2026-07-07');
  });
});
