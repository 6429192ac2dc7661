import { NotFoundError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { FULL_TIME, HALF_TIME, HOUR, MEMBER, STRANGER, context, day } from '../testing/fixtures';
import type { MemberPaceEvent } from './member-pace.events';
import { memberPaceDecider } from './member-pace.decider';

const given = spec(memberPaceDecider, context).given;
const scheduleSet = (validFrom: string, weekdaySeconds = FULL_TIME): MemberPaceEvent => ({
  type: 'work-schedule-set',
  data: { memberId: MEMBER, validFrom: day(validFrom), weekdaySeconds },
});
const setSchedule = (validFrom: string, weekdaySeconds: readonly number[] = FULL_TIME) => ({
  type: 'set-work-schedule' as const,
  data: { memberId: MEMBER, validFrom: day(validFrom), weekdaySeconds },
});
const timeOff = (timeOffId: string, from: string, to: string, secondsPerDay: number | null) => ({
  memberId: MEMBER,
  timeOffId,
  from: day(from),
  to: day(to),
  secondsPerDay,
  note: '',
});
const reminder = (on: string) => ({
  memberId: MEMBER,
  on: day(on),
  source: 'schedule' as const,
  requestedBy: null,
  channels: ['in-app'],
  expectedSeconds: 8 * HOUR,
  trackedSeconds: 0,
  missingSeconds: 8 * HOUR,
});

describe('work schedules', () => {
  it('sets a schedule from a date', () => {
    given([]).when(setSchedule('2026-03-01')).then([scheduleSet('2026-03-01')]);
  });

  it('keeps history: a later version is a new event', () => {
    given([scheduleSet('2026-03-01')]).when(setSchedule('2026-03-16', HALF_TIME)).then([scheduleSet('2026-03-16', HALF_TIME)]);
  });

  it('setting the same version again changes nothing', () => {
    given([scheduleSet('2026-03-01')]).when(setSchedule('2026-03-01')).thenNothingHappens();
  });

  it('refuses a week that is not 7 whole-second days of at most 24 h', () => {
    const error = given([]).when(setSchedule('2026-03-01', [28800, 28800, -1, 1.5, 86401, 0])).thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual(['weekdaySeconds']);
    const perDay = given([]).when(setSchedule('2026-03-01', [28800, 28800, -1, 1.5, 86401, 0, 0])).thenThrows(ValidationError);
    expect(perDay.fields.map((field) => field.path)).toEqual(['weekdaySeconds.2', 'weekdaySeconds.3', 'weekdaySeconds.4']);
  });

  it('refuses an unknown member', () => {
    given([])
      .when({ type: 'set-work-schedule', data: { memberId: STRANGER, validFrom: day('2026-03-01'), weekdaySeconds: FULL_TIME } })
      .thenThrows(NotFoundError);
  });
});

describe('time off', () => {
  it('records full and partial days', () => {
    given([])
      .when({ type: 'record-time-off', data: timeOff('t1', '2026-03-10', '2026-03-10', 4 * HOUR) })
      .then([{ type: 'time-off-recorded', data: timeOff('t1', '2026-03-10', '2026-03-10', 4 * HOUR) }]);
  });

  it('is idempotent per id and refuses a changed repeat', () => {
    const recorded: MemberPaceEvent = { type: 'time-off-recorded', data: timeOff('t1', '2026-03-10', '2026-03-12', null) };
    given([recorded]).when({ type: 'record-time-off', data: timeOff('t1', '2026-03-10', '2026-03-12', null) }).thenNothingHappens();
    given([recorded])
      .when({ type: 'record-time-off', data: timeOff('t1', '2026-03-10', '2026-03-13', null) })
      .thenThrows(RuleViolationError, (error) => error.code === 'TIME_OFF_EXISTS');
  });

  it('refuses to before from, a span over a year, and seconds outside 1..86400', () => {
    given([]).when({ type: 'record-time-off', data: timeOff('t1', '2026-03-10', '2026-03-09', null) }).thenThrows(ValidationError);
    given([])
      .when({ type: 'record-time-off', data: timeOff('t1', '2026-01-01', '2027-01-02', null) })
      .thenThrows(RuleViolationError, (error) => error.code === 'TIME_OFF_TOO_LONG');
    given([]).when({ type: 'record-time-off', data: timeOff('t1', '2026-03-10', '2026-03-10', 0) }).thenThrows(ValidationError);
  });

  it('cancels recorded time off, and 404s an unknown one', () => {
    given([{ type: 'time-off-recorded', data: timeOff('t1', '2026-03-10', '2026-03-10', null) }])
      .when({ type: 'cancel-time-off', data: { memberId: MEMBER, timeOffId: 't1' } })
      .then([{ type: 'time-off-cancelled', data: { memberId: MEMBER, timeOffId: 't1' } }]);
    given([]).when({ type: 'cancel-time-off', data: { memberId: MEMBER, timeOffId: 't1' } }).thenThrows(NotFoundError);
  });
});

describe('reminders', () => {
  it('records a reminder once per member and day', () => {
    given([]).when({ type: 'record-reminder-sent', data: reminder('2026-03-02') }).then([{ type: 'pace-reminder-sent', data: reminder('2026-03-02') }]);
    given([{ type: 'pace-reminder-sent', data: reminder('2026-03-02') }])
      .when({ type: 'record-reminder-sent', data: { ...reminder('2026-03-02'), source: 'manual' } })
      .thenNothingHappens();
    given([{ type: 'pace-reminder-sent', data: reminder('2026-03-02') }])
      .when({ type: 'record-reminder-sent', data: reminder('2026-03-03') })
      .then([{ type: 'pace-reminder-sent', data: reminder('2026-03-03') }]);
  });
});
