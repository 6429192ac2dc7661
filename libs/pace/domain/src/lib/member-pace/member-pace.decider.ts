import {
  type Decider,
  type FieldProblem,
  NotFoundError,
  RuleViolationError,
  ValidationError,
  assertNever,
  daysBetween,
  isLocalDate,
} from '@billing/shared/kernel';
import type { CancelTimeOff, MemberPaceCommand, MemberPaceContext, RecordReminderSent, RecordTimeOff, SetWorkSchedule } from './member-pace.commands';
import type { MemberPaceEvent, WeekdaySeconds } from './member-pace.events';
import { type MemberPaceState, evolveMemberPace, initialMemberPaceState } from './member-pace.state';

export const SECONDS_PER_DAY = 86_400;
/** One time-off request spans at most a year. */
export const MAX_TIME_OFF_DAYS = 366;

const isSecondsOfDay = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= SECONDS_PER_DAY;

function assertKnown(context: MemberPaceContext, memberId: MemberPaceCommand['data']['memberId']): void {
  if (!context.isKnownMember(memberId)) throw new NotFoundError('member', memberId);
}

function decideSchedule({ data }: SetWorkSchedule, state: MemberPaceState, context: MemberPaceContext): MemberPaceEvent[] {
  const problems: FieldProblem[] = [];
  if (!isLocalDate(data.validFrom)) problems.push({ path: 'validFrom', reason: 'must be a calendar date YYYY-MM-DD' });
  if (!Array.isArray(data.weekdaySeconds) || data.weekdaySeconds.length !== 7) {
    problems.push({ path: 'weekdaySeconds', reason: 'must list 7 days, Monday first' });
  } else {
    data.weekdaySeconds.forEach((seconds, index) => {
      if (!isSecondsOfDay(seconds, 0)) problems.push({ path: `weekdaySeconds.${index}`, reason: 'must be whole seconds from 0 to 86400' });
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  assertKnown(context, data.memberId);
  const weekdaySeconds = [...data.weekdaySeconds] as unknown as WeekdaySeconds;
  const same = state.schedules.find((version) => version.validFrom === data.validFrom);
  if (same && same.weekdaySeconds.every((seconds, index) => seconds === weekdaySeconds[index])) return [];
  return [{ type: 'work-schedule-set', data: { memberId: data.memberId, validFrom: data.validFrom, weekdaySeconds } }];
}

function decideTimeOff({ data }: RecordTimeOff, state: MemberPaceState, context: MemberPaceContext): MemberPaceEvent[] {
  const problems: FieldProblem[] = [];
  if (!isLocalDate(data.from)) problems.push({ path: 'from', reason: 'must be a calendar date YYYY-MM-DD' });
  if (!isLocalDate(data.to)) problems.push({ path: 'to', reason: 'must be a calendar date YYYY-MM-DD' });
  if (data.secondsPerDay !== null && !isSecondsOfDay(data.secondsPerDay, 1)) {
    problems.push({ path: 'secondsPerDay', reason: 'must be whole seconds from 1 to 86400, or left out for full days' });
  }
  if (data.note.length > 500) problems.push({ path: 'note', reason: 'must be at most 500 characters' });
  if (problems.length > 0) throw new ValidationError(problems);
  if (data.to < data.from) throw ValidationError.single('to', 'must not be before from');
  if (daysBetween(data.from, data.to) + 1 > MAX_TIME_OFF_DAYS) {
    throw new RuleViolationError('TIME_OFF_TOO_LONG', `Time off spans at most ${MAX_TIME_OFF_DAYS} days; split it`);
  }
  assertKnown(context, data.memberId);
  const existing = state.timeOff[data.timeOffId];
  if (existing) {
    const same =
      existing.from === data.from && existing.to === data.to && existing.secondsPerDay === data.secondsPerDay && existing.note === data.note;
    if (same) return [];
    throw new RuleViolationError('TIME_OFF_EXISTS', `Time off ${data.timeOffId} exists; cancel it and record a new one`);
  }
  return [{ type: 'time-off-recorded', data: { ...data } }];
}

function decideCancel({ data }: CancelTimeOff, state: MemberPaceState): MemberPaceEvent[] {
  if (!state.timeOff[data.timeOffId]) throw new NotFoundError('time off', data.timeOffId);
  return [{ type: 'time-off-cancelled', data: { memberId: data.memberId, timeOffId: data.timeOffId } }];
}

/** Once per member and day: a second attempt (retry, restart, a second "remind") records nothing. */
function decideReminder({ data }: RecordReminderSent, state: MemberPaceState): MemberPaceEvent[] {
  if (state.remindedDays.includes(data.on)) return [];
  return [{ type: 'pace-reminder-sent', data: { ...data, channels: [...data.channels] } }];
}

export function decideMemberPace(command: MemberPaceCommand, state: MemberPaceState, context: MemberPaceContext): MemberPaceEvent[] {
  switch (command.type) {
    case 'set-work-schedule':
      return decideSchedule(command, state, context);
    case 'record-time-off':
      return decideTimeOff(command, state, context);
    case 'cancel-time-off':
      return decideCancel(command, state);
    case 'record-reminder-sent':
      return decideReminder(command, state);
    default:
      return assertNever(command, 'pace command');
  }
}

/** Stream `pace-member-<memberId>`: the member's schedule versions, time off and reminders sent. */
export const memberPaceDecider: Decider<MemberPaceCommand, MemberPaceState, MemberPaceEvent, MemberPaceContext> = {
  decide: decideMemberPace,
  evolve: evolveMemberPace,
  initialState: initialMemberPaceState,
};
