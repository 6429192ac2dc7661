import type { LocalDate, MemberId } from '@billing/shared/kernel';

/** Expected seconds per ISO weekday, Monday first. */
export type WeekdaySeconds = readonly [number, number, number, number, number, number, number];

interface Event<Type extends string, Data> {
  type: Type;
  data: Data;
}

/** From `validFrom` on (until the next version) the member is expected to work these seconds per weekday. */
export type WorkScheduleSet = Event<'work-schedule-set', { memberId: MemberId; validFrom: LocalDate; weekdaySeconds: WeekdaySeconds }>;

/** Days off from `from` to `to` inclusive; `secondsPerDay` null means whole days. */
export type TimeOffRecorded = Event<
  'time-off-recorded',
  { memberId: MemberId; timeOffId: string; from: LocalDate; to: LocalDate; secondsPerDay: number | null; note: string }
>;
export type TimeOffCancelled = Event<'time-off-cancelled', { memberId: MemberId; timeOffId: string }>;

/** A reminder about `on` went out (once per member and day, whoever asked). */
export type PaceReminderSent = Event<
  'pace-reminder-sent',
  {
    memberId: MemberId;
    on: LocalDate;
    source: 'schedule' | 'manual';
    requestedBy: MemberId | null;
    channels: string[];
    expectedSeconds: number;
    trackedSeconds: number;
    missingSeconds: number;
  }
>;

export type MemberPaceEvent = WorkScheduleSet | TimeOffRecorded | TimeOffCancelled | PaceReminderSent;

/** Stored names: never rename one. */
export const MEMBER_PACE_EVENT_TYPES: readonly MemberPaceEvent['type'][] = [
  'work-schedule-set',
  'time-off-recorded',
  'time-off-cancelled',
  'pace-reminder-sent',
];

export const MEMBER_PACE_STREAM_PREFIX = 'pace-member-';
export const memberPaceStreamId = (memberId: MemberId): string => `${MEMBER_PACE_STREAM_PREFIX}${memberId}`;
