import type { LocalDate, MemberId } from '@billing/shared/kernel';
import type { PaceReminderSent, WeekdaySeconds } from './member-pace.events';

export interface SetWorkSchedule {
  type: 'set-work-schedule';
  data: { memberId: MemberId; validFrom: LocalDate; weekdaySeconds: readonly number[] };
}

export interface RecordTimeOff {
  type: 'record-time-off';
  data: { memberId: MemberId; timeOffId: string; from: LocalDate; to: LocalDate; secondsPerDay: number | null; note: string };
}

export interface CancelTimeOff {
  type: 'cancel-time-off';
  data: { memberId: MemberId; timeOffId: string };
}

export interface RecordReminderSent {
  type: 'record-reminder-sent';
  data: PaceReminderSent['data'];
}

export type MemberPaceCommand = SetWorkSchedule | RecordTimeOff | CancelTimeOff | RecordReminderSent;

export interface MemberPaceContext {
  /** Schedules and time off only for registered members. */
  isKnownMember(memberId: MemberId): boolean;
}

export type { WeekdaySeconds };
