import { ConflictError } from '@billing/shared/kernel';
import { RestoreTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import { assertMayChangeAdjustment, assertMayWriteFor, assertNetKeptWhen, assertPeriodsOpen, existingEntry } from '../time-entry.rules';
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
  assertNetKeptWhen('restored', entry, context);
  return [{ type: 'time-entry-restored', data: { entryId: entry.entryId, reason: command.data.reason?.trim() || null } }];
}
