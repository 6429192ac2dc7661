import { Decider, assertNever } from '@billing/shared/kernel';
import { startTimer } from './start-timer';
import { stopTimer } from './stop-timer';
import { TimerCommand, TimerDecisionContext } from './timer.commands';
import { TimerEvent } from './timer.events';
import { TimerState, evolveTimer, initialTimerState } from './timer.state';

export function decideTimer(command: TimerCommand, state: TimerState, context: TimerDecisionContext): TimerEvent[] {
  switch (command.type) {
    case 'start-timer':
      return startTimer(command, state, context);
    case 'stop-timer':
      return stopTimer(command, state, context);
    default:
      return assertNever(command, 'timer command');
  }
}

/** One stream per member: `timer-<memberId>`. */
export const timerDecider: Decider<TimerCommand, TimerState, TimerEvent, TimerDecisionContext> = {
  decide: decideTimer,
  evolve: evolveTimer,
  initialState: initialTimerState,
};
