import { ConflictError } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { MarkTimeEntryBilled } from '../time-entry.commands';
import { TimeEntryEvent } from '../time-entry.events';
import { assertNotDeleted, assertNotRunning, existingEntry } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';
import { checkBillingMark, sameBillingMark } from './billing-mark-checks';

/**
 * Locks a finished entry as billed by an invoice or a reference. Closed periods do not stop this: invoices are
 * usually issued after the month is closed. Repeating the same mark changes nothing (an issue retried); a mark by
 * something else is a conflict. Who may bill (finance) is checked by the application.
 */
export function markTimeEntryBilled(command: MarkTimeEntryBilled, state: TimeEntryState): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  const checks = new FieldChecks();
  const billing = checkBillingMark(checks, command.data.billing);
  checks.throwIfAny();
  assertNotDeleted(entry);
  assertNotRunning(entry);
  if (entry.billing !== null) {
    if (sameBillingMark(entry.billing, billing)) return [];
    throw new ConflictError(
      'ENTRY_ALREADY_BILLED',
      { entryId: entry.entryId, billing: entry.billing },
      `Time entry ${entry.entryId} is already billed`,
    );
  }
  return [{ type: 'time-entry-billed', data: { entryId: entry.entryId, billing } }];
}
