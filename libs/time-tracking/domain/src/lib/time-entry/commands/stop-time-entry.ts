import { ConflictError } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { epochSeconds } from '../../shared/instant';
import { StopTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryEvent } from '../time-entry.events';
import { assertMayWriteFor, assertPeriodsOpen, checkSpan, existingEntry } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';

/**
 * Stops a running entry at the command's instant, or at an explicit earlier `endedAt` (forgotten timer). A second
 * stop of the same entry is a conflict: the first one won.
 */
export function stopTimeEntry(
  command: StopTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  assertMayWriteFor(entry.memberId, command.actorId, context.actorAuthority);
  if (entry.status !== 'running') {
    throw new ConflictError(
      'TIMER_NOT_RUNNING',
      { entryId: entry.entryId, status: entry.status },
      `Time entry ${entry.entryId} is not running`,
    );
  }
  const checks = new FieldChecks();
  const now = checks.instant(command.at, 'at');
  const endedAt = command.data.endedAt === undefined ? now : checks.instant(command.data.endedAt, 'endedAt');
  checks.throwIfAny();
  if (epochSeconds(endedAt) > epochSeconds(now)) {
    checks.add('endedAt', 'must not be in the future');
  }
  const durationSeconds = checkSpan(checks, entry.startedAt, endedAt);
  checks.throwIfAny();
  assertPeriodsOpen(entry.memberId, { startedAt: entry.startedAt, endedAt }, context);
  return [{ type: 'time-entry-stopped', data: { entryId: entry.entryId, endedAt, durationSeconds } }];
}
