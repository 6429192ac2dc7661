import { ConflictError } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { UnmarkTimeEntryBilled } from '../time-entry.commands';
import { TimeEntryEvent } from '../time-entry.events';
import { existingEntry } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';
import { checkBillingMark, sameBillingMark } from './billing-mark-checks';

/** Unlocks an entry when its invoice is voided or its mark undone; it must name the mark it removes. */
export function unmarkTimeEntryBilled(command: UnmarkTimeEntryBilled, state: TimeEntryState): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  const checks = new FieldChecks();
  const billing = checkBillingMark(checks, command.data.billing);
  checks.throwIfAny();
  if (entry.billing === null) {
    throw new ConflictError('ENTRY_NOT_BILLED', { entryId: entry.entryId }, `Time entry ${entry.entryId} is not billed`);
  }
  if (!sameBillingMark(entry.billing, billing)) {
    throw new ConflictError(
      'BILLED_BY_SOMETHING_ELSE',
      { entryId: entry.entryId, billing: entry.billing },
      `Time entry ${entry.entryId} is billed by another invoice or reference`,
    );
  }
  return [
    { type: 'time-entry-unbilled', data: { entryId: entry.entryId, billing, reason: command.data.reason?.trim() || null } },
  ];
}
