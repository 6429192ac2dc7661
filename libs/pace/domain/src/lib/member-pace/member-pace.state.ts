import type { LocalDate } from '@billing/shared/kernel';
import type { MemberPaceEvent, TimeOffRecorded, WeekdaySeconds } from './member-pace.events';

export interface ScheduleVersion {
  validFrom: LocalDate;
  weekdaySeconds: WeekdaySeconds;
}

export type TimeOff = Omit<TimeOffRecorded['data'], 'memberId'>;

export interface MemberPaceState {
  /** Sorted by validFrom; one version per date. */
  schedules: readonly ScheduleVersion[];
  timeOff: Readonly<Record<string, TimeOff>>;
  remindedDays: readonly LocalDate[];
}

export const initialMemberPaceState: MemberPaceState = { schedules: [], timeOff: {}, remindedDays: [] };

/** Adds a version; one on the same date replaces the earlier one (history otherwise kept). */
export function withScheduleVersion(schedules: readonly ScheduleVersion[], version: ScheduleVersion): ScheduleVersion[] {
  return [...schedules.filter((existing) => existing.validFrom !== version.validFrom), version].sort((left, right) =>
    left.validFrom < right.validFrom ? -1 : left.validFrom > right.validFrom ? 1 : 0,
  );
}

export function evolveMemberPace(state: MemberPaceState, event: MemberPaceEvent): MemberPaceState {
  switch (event.type) {
    case 'work-schedule-set':
      return { ...state, schedules: withScheduleVersion(state.schedules, event.data) };
    case 'time-off-recorded': {
      const { memberId: _memberId, ...timeOff } = event.data;
      return { ...state, timeOff: { ...state.timeOff, [timeOff.timeOffId]: timeOff } };
    }
    case 'time-off-cancelled': {
      const { [event.data.timeOffId]: _cancelled, ...rest } = state.timeOff;
      return { ...state, timeOff: rest };
    }
    case 'pace-reminder-sent':
      return state.remindedDays.includes(event.data.on) ? state : { ...state, remindedDays: [...state.remindedDays, event.data.on] };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
