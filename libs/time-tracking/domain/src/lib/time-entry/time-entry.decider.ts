import { Decider, assertNever } from '@billing/shared/kernel';
import { deleteTimeEntry } from './commands/delete-time-entry';
import { editTimeEntry } from './commands/edit-time-entry';
import { logTimeEntry } from './commands/log-time-entry';
import { postAdjustingEntry } from './commands/post-adjusting-entry';
import { markTimeEntryBilled } from './commands/mark-time-entry-billed';
import { restoreTimeEntry } from './commands/restore-time-entry';
import { startTimeEntry } from './commands/start-time-entry';
import { stopTimeEntry } from './commands/stop-time-entry';
import { unmarkTimeEntryBilled } from './commands/unmark-time-entry-billed';
import { TimeEntryCommand } from './time-entry.commands';
import { TimeEntryDecisionContext } from './time-entry.context';
import { TimeEntryEvent } from './time-entry.events';
import { TimeEntryState, evolveTimeEntry, initialTimeEntryState } from './time-entry.state';

export function decideTimeEntry(
  command: TimeEntryCommand,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  switch (command.type) {
    case 'start-time-entry':
      return startTimeEntry(command, state, context);
    case 'stop-time-entry':
      return stopTimeEntry(command, state, context);
    case 'log-time-entry':
      return logTimeEntry(command, state, context);
    case 'post-adjusting-entry':
      return postAdjustingEntry(command, state, context);
    case 'edit-time-entry':
      return editTimeEntry(command, state, context);
    case 'delete-time-entry':
      return deleteTimeEntry(command, state, context);
    case 'restore-time-entry':
      return restoreTimeEntry(command, state, context);
    case 'mark-time-entry-billed':
      return markTimeEntryBilled(command, state);
    case 'unmark-time-entry-billed':
      return unmarkTimeEntryBilled(command, state);
    default:
      return assertNever(command, 'time entry command');
  }
}

/** One stream per entry: `time-entry-<entryId>`. */
export const timeEntryDecider: Decider<TimeEntryCommand, TimeEntryState, TimeEntryEvent, TimeEntryDecisionContext> = {
  decide: decideTimeEntry,
  evolve: evolveTimeEntry,
  initialState: initialTimeEntryState,
};
