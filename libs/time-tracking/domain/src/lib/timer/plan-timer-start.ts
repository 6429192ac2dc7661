import { startTimeEntry } from '../time-entry/commands/start-time-entry';
import { stopTimeEntry } from '../time-entry/commands/stop-time-entry';
import { StartTimeEntry } from '../time-entry/time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry/time-entry.context';
import { TimeEntryState } from '../time-entry/time-entry.state';
import { startTimer } from './start-timer';
import { TimerPlan, entryStep } from './timer-plan';
import { TimerState } from './timer.state';

export interface TimerStartInput {
  command: StartTimeEntry;
  timer: TimerState;
  /** State of the new entry's stream (normally empty). */
  newEntry: TimeEntryState;
  /** State of the entry whose timer runs now, when one runs. */
  runningEntry?: TimeEntryState;
  /** Context for the new entry (its project); also used to stop the running one (zone, closed periods, actor). */
  context: TimeEntryDecisionContext;
}

/** Start a timer entry, stopping the member's running one at the same instant. See TimerPlan for the append order. */
export function planTimerStart({ command, timer, newEntry, runningEntry, context }: TimerStartInput): TimerPlan {
  const timerEvents = startTimer(
    { type: 'start-timer', actorId: command.actorId, at: command.at, data: { memberId: command.data.memberId, entryId: command.data.entryId } },
    timer,
    { actorAuthority: context.actorAuthority },
  );
  if (timerEvents.length === 0) return { timer: [], entries: [] };
  const entries: TimerPlan['entries'] = [];
  for (const event of timerEvents) {
    if (event.type !== 'timer-stopped') continue;
    if (runningEntry === undefined || runningEntry.status === 'none' || runningEntry.entryId !== event.data.entryId) {
      throw new Error(`planTimerStart needs the state of running entry ${event.data.entryId}`);
    }
    const stopped = stopTimeEntry(
      { type: 'stop-time-entry', actorId: command.actorId, at: command.at, data: { entryId: event.data.entryId } },
      runningEntry,
      context,
    );
    entries.push(entryStep(event.data.entryId, stopped));
  }
  entries.push(entryStep(command.data.entryId, startTimeEntry(command, newEntry, context)));
  return { timer: timerEvents, entries };
}
