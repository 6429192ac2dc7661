import { MemberId, TimeEntryId } from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { Instant } from '../shared/instant';

export type TimerStarted = DomainEvent<'timer-started', { memberId: MemberId; entryId: TimeEntryId; startedAt: Instant }>;

/** `replaced`: stopped because the member started another timer. */
export type TimerStopped = DomainEvent<
  'timer-stopped',
  { memberId: MemberId; entryId: TimeEntryId; stoppedAt: Instant; cause: 'stopped' | 'replaced' }
>;

export type TimerEvent = TimerStarted | TimerStopped;

export const TIMER_EVENT_TYPES: readonly TimerEvent['type'][] = ['timer-started', 'timer-stopped'];

/** One stream per member: the authority on "at most one running timer". */
export function timerStreamId(memberId: MemberId): string {
  return `timer-${memberId}`;
}
