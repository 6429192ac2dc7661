import { DeleteTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import {
  assertMayChangeAdjustment,
  assertMayWriteFor,
  assertHasNoLiveAdjustments,
  assertNetKeptWhen,
  assertNotBilled,
  assertNotDeleted,
  assertNotRunning,
  assertPeriodsOpen,
  existingEntry,
} from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';

/**
 * The entry leaves reports; its events stay. A running entry is stopped first, a billed one unbilled first, one with
 * live adjustments has them deleted first; an adjusting entry goes only while the adjusted entry's net stays >= 0.
 */
export function deleteTimeEntry(
  command: DeleteTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  assertMayWriteFor(entry.memberId, command.actorId, context.actorAuthority);
  assertMayChangeAdjustment(entry, context.actorAuthority);
  assertNotDeleted(entry);
  assertNotRunning(entry);
  assertNotBilled(entry);
  assertPeriodsOpen(entry.memberId, entry, context);
  assertHasNoLiveAdjustments(entry, context.liveAdjustments);
  assertNetKeptWhen('deleted', entry, context);
  return [{ type: 'time-entry-deleted', data: { entryId: entry.entryId, reason: command.data.reason?.trim() || null } }];
}
