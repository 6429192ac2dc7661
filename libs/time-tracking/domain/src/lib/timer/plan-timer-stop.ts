import { NotFoundError } from '@billing/shared/kernel';
import { stopTimeEntry } from '../time-entry/commands/stop-time-entry';
import { StopTimeEntry } from '../time-entry/time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry/time-entry.context';
import { TimeEntryState } from '../time-entry/time-entry.state';
import { stopTimer } from './stop-timer';
import { TimerPlan, entryStep } from './timer-plan';
import { TimerState } from './timer.state';

export interface TimerStopInput {
  command: StopTimeEntry;
  timer: TimerState;
  entry: TimeEntryState;
  context: TimeEntryDecisionContext;
}

/** Stop the running entry and the member's timer together. See TimerPlan for the append order. */
export function planTimerStop({ command, timer, entry, context }: TimerStopInput): TimerPlan {
  if (entry.status === 'none') throw new NotFoundError('TimeEntry', command.data.entryId);
  const timerEvents = stopTimer(
    {
      type: 'stop-timer',
      actorId: command.actorId,
      at: command.at,
      data: {
        memberId: entry.memberId,
        entryId: command.data.entryId,
        ...(command.data.endedAt === undefined ? {} : { stoppedAt: command.data.endedAt }),
      },
    },
    timer,
    { actorAuthority: context.actorAuthority },
  );
  const entryEvents = stopTimeEntry(command, entry, context);
  return { timer: timerEvents, entries: [entryStep(command.data.entryId, entryEvents)] };
}
