import { FieldChecks } from '../../shared/field-checks';
import { StartTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import { assertPeriodsOpen } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';
import { assertEntryIsNew, checkNewEntryFields, decideNewEntryDetails } from './new-entry-checks';

/** A timer entry starts at the command's instant. Whether another timer must stop first is the timer's call. */
export function startTimeEntry(
  command: StartTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  assertEntryIsNew(state, command.data.entryId);
  const checks = new FieldChecks();
  const fields = checkNewEntryFields(checks, command.data);
  const startedAt = checks.instant(command.at, 'at');
  checks.throwIfAny();
  const details = decideNewEntryDetails(fields, command.actorId, context);
  assertPeriodsOpen(fields.memberId, { startedAt, endedAt: null }, context);
  return [
    {
      type: 'time-entry-started',
      data: {
        entryId: fields.entryId,
        memberId: fields.memberId,
        ...details,
        source: 'timer',
        startedAt,
        recordedAt: startedAt,
      },
    },
  ];
}
