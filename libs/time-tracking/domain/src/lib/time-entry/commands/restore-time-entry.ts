import { ConflictError } from '@billing/shared/kernel';
import { RestoreTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import { countedEntrySeconds } from '../../calendar/entry-duration';
import { assertMayChangeAdjustment, assertMayWriteFor, assertNetNotNegative, assertPeriodsOpen, existingEntry } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';

/** Brings a deleted entry back into reports, unless its period has been closed since. */
export function restoreTimeEntry(
  command: RestoreTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  assertMayWriteFor(entry.memberId, command.actorId, context.actorAuthority);
  assertMayChangeAdjustment(entry, context.actorAuthority);
  if (entry.status !== 'deleted') {
    throw new ConflictError('ENTRY_NOT_DELETED', { entryId: entry.entryId }, `Time entry ${entry.entryId} is not deleted`);
  }
  assertPeriodsOpen(entry.memberId, entry, context);
  if (entry.adjustment !== undefined && context.adjusted !== undefined) {
    // Brought back, the correction counts again: the adjusted entry's net time may not go below zero.
    assertNetNotNegative(context.adjusted, countedEntrySeconds(entry));
  }
  return [{ type: 'time-entry-restored', data: { entryId: entry.entryId, reason: command.data.reason?.trim() || null } }];
}
