import { ConflictError } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { Instant, addSeconds } from '../../shared/instant';
import { LogTimeEntry } from '../time-entry.commands';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { LoggedEntrySource, TimeEntryEvent } from '../time-entry.events';
import { assertPeriodsOpen, checkSpan } from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';
import { assertEntryIsNew, checkNewEntryFields, decideNewEntryDetails } from './new-entry-checks';

const LOGGED_SOURCES: readonly LoggedEntrySource[] = ['manual', 'calendar', 'api'];
export const MAX_EXTERNAL_ID_LENGTH = 1000;

function checkExternalId(checks: FieldChecks, source: LoggedEntrySource, externalId: string | undefined): string | null {
  const trimmed = typeof externalId === 'string' ? externalId.trim() : undefined;
  if (externalId !== undefined && typeof externalId !== 'string') {
    checks.add('externalId', 'must be a text');
  } else if (source === 'manual' && trimmed !== undefined) {
    checks.add('externalId', 'only imported entries have an external id');
  } else if (source === 'calendar' && (trimmed === undefined || trimmed === '')) {
    checks.add('externalId', 'is required for calendar imports, so an event is not imported twice');
  } else if (trimmed !== undefined && trimmed.length > MAX_EXTERNAL_ID_LENGTH) {
    checks.add('externalId', `must be at most ${MAX_EXTERNAL_ID_LENGTH} characters`);
  }
  return trimmed === undefined || trimmed === '' ? null : trimmed;
}

function checkEnd(checks: FieldChecks, command: LogTimeEntry, startedAt: Instant): { endedAt: Instant; seconds: number } {
  const { endedAt, durationSeconds } = command.data;
  if ((endedAt === undefined) === (durationSeconds === undefined)) {
    checks.add('endedAt', 'give either an end or a duration in seconds, not both and not neither');
    return { endedAt: startedAt, seconds: 0 };
  }
  if (durationSeconds !== undefined) {
    if (!Number.isSafeInteger(durationSeconds)) {
      checks.add('durationSeconds', 'must be a whole number of seconds');
      return { endedAt: startedAt, seconds: 0 };
    }
    const end = addSeconds(startedAt, durationSeconds);
    return { endedAt: end, seconds: checkSpan(checks, startedAt, end, 'durationSeconds') };
  }
  const end = checks.instant(endedAt as Instant, 'endedAt');
  return { endedAt: end, seconds: checks.hasProblems ? 0 : checkSpan(checks, startedAt, end) };
}

/** A finished entry, written by hand, imported from a calendar, or sent through the API. */
export function logTimeEntry(
  command: LogTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  assertEntryIsNew(state, command.data.entryId);
  const checks = new FieldChecks();
  const fields = checkNewEntryFields(checks, command.data);
  const recordedAt = checks.instant(command.at, 'at');
  const source = command.data.source;
  if (!LOGGED_SOURCES.includes(source)) checks.add('source', `must be one of ${LOGGED_SOURCES.join(', ')}`);
  const externalId = checkExternalId(checks, source, command.data.externalId);
  const startedAt = checks.instant(command.data.startedAt, 'startedAt');
  checks.throwIfAny();
  const { endedAt, seconds } = checkEnd(checks, command, startedAt);
  checks.throwIfAny();
  const details = decideNewEntryDetails(fields, command.actorId, context);
  assertPeriodsOpen(fields.memberId, { startedAt, endedAt }, context);
  if (externalId !== null && context.entryWithSameExternalId !== undefined) {
    throw new ConflictError(
      'ALREADY_IMPORTED',
      { externalId, entryId: context.entryWithSameExternalId },
      `${externalId} was already imported as time entry ${context.entryWithSameExternalId}`,
    );
  }
  return [
    {
      type: 'time-entry-logged',
      data: {
        entryId: fields.entryId,
        memberId: fields.memberId,
        ...details,
        source,
        externalId,
        startedAt,
        endedAt,
        durationSeconds: seconds,
        recordedAt,
      },
    },
  ];
}
