import { MemberId, TimeEntryId, assertNever } from '@billing/shared/kernel';
import { Instant } from '../shared/instant';
import { TimerEvent } from './timer.events';

export type TimerState =
  | { status: 'idle'; memberId: MemberId | null }
  | { status: 'running'; memberId: MemberId; entryId: TimeEntryId; startedAt: Instant };

export const initialTimerState: TimerState = { status: 'idle', memberId: null };

export function evolveTimer(state: TimerState, event: TimerEvent): TimerState {
  switch (event.type) {
    case 'timer-started':
      return { status: 'running', ...event.data };
    case 'timer-stopped':
      return { status: 'idle', memberId: event.data.memberId };
    default:
      return assertNever(event, 'timer event');
  }
}
