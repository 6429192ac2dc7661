import {
  ConflictError,
  ForbiddenError,
  LocalDate,
  NotFoundError,
  TaskId,
  addDays,
  compareLocalDates,
  isLocalDate,
  localDate,
  partsOf,
  startOfLocalDay,
} from '@billing/shared/kernel';
import { entryDay, monthKeyOf } from '../../calendar/entry-calendar-keys';
import { MAX_ENTRY_SECONDS } from '../../calendar/entry-duration';
import { FieldChecks } from '../../shared/field-checks';
import { instantFromEpochSeconds } from '../../shared/instant';
import { normaliseTags } from '../../shared/tags';
import { PostAdjustingEntry } from '../time-entry.commands';
import { AdjustedEntry, TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryDetails, TimeEntryEvent } from '../time-entry.events';
import {
  activeProject,
  assertNetNotNegative,
  assertNotDeleted,
  assertNotRunning,
  assertPeriodsOpen,
  assertTaskUsable,
  checkBoolean,
  checkDescription,
  throwValidation,
} from '../time-entry.rules';
import { ExistingTimeEntry, TimeEntryState } from '../time-entry.state';
import { assertEntryIsNew } from './new-entry-checks';

export const MAX_ADJUSTMENT_REASON_LENGTH = 2000;
/** How far ahead the default day is looked for: ten years of closed months is not a real organisation. */
const MONTHS_SEARCHED = 120;

function checkFields(checks: FieldChecks, data: PostAdjustingEntry['data']) {
  const seconds = data.durationSeconds;
  if (!Number.isSafeInteger(seconds) || seconds === 0) {
    checks.add('durationSeconds', 'must be a whole, non-zero number of seconds (negative takes time off)');
  } else if (Math.abs(seconds) > MAX_ENTRY_SECONDS) {
    checks.add('durationSeconds', `must be at most ${MAX_ENTRY_SECONDS} s either way, got ${seconds}`);
  }
  const reason = typeof data.reason === 'string' ? data.reason.trim() : '';
  if (reason === '') checks.add('reason', 'is required: say why the closed period is corrected');
  if (reason.length > MAX_ADJUSTMENT_REASON_LENGTH) checks.add('reason', `must be at most ${MAX_ADJUSTMENT_REASON_LENGTH} characters`);
  if (data.day !== undefined && !isLocalDate(data.day)) checks.add('day', 'must be a date YYYY-MM-DD');
  return {
    entryId: checks.id(data.entryId, 'entryId'),
    adjustsEntryId: checks.id(data.adjustsEntryId, 'adjustsEntryId'),
    projectId: data.projectId === undefined ? undefined : checks.id(data.projectId, 'projectId'),
    taskId: data.taskId === undefined || data.taskId === null ? data.taskId : checks.id(data.taskId, 'taskId'),
    description: data.description === undefined ? undefined : checkDescription(checks, data.description),
    tags: data.tags === undefined ? undefined : checks.collect(() => normaliseTags(data.tags ?? []), []),
    billable: checkBoolean(checks, data.billable, 'billable'),
    seconds,
    reason,
  };
}

function adjustedEntryOf(context: TimeEntryDecisionContext, adjustsEntryId: string): AdjustedEntry {
  const adjusted = context.adjusted;
  if (adjusted === undefined || adjusted.entry.entryId !== adjustsEntryId) throw new NotFoundError('TimeEntry', adjustsEntryId);
  assertNotDeleted(adjusted.entry);
  assertNotRunning(adjusted.entry);
  if (adjusted.entry.adjustment !== undefined) {
    throw new ConflictError(
      'ADJUSTMENT_OF_ADJUSTMENT',
      { entryId: adjusted.entry.entryId, adjustsEntryId: adjusted.entry.adjustment.adjustsEntryId },
      `Time entry ${adjusted.entry.entryId} is itself an adjustment; adjust entry ${adjusted.entry.adjustment.adjustsEntryId} instead`,
    );
  }
  return adjusted;
}

const isClosedFor = (entry: ExistingTimeEntry, day: LocalDate, context: TimeEntryDecisionContext) =>
  context.isPeriodClosed(day, context.teamOfMemberOn?.(entry.memberId, day));

/** Adjusting is for closed periods only: an entry of an open period is simply edited. */
function assertInClosedPeriod(entry: ExistingTimeEntry, day: LocalDate, context: TimeEntryDecisionContext): void {
  if (isClosedFor(entry, day, context)) return;
  const period = monthKeyOf(day);
  throw new ConflictError(
    'PERIOD_OPEN',
    { period, date: day, entryId: entry.entryId },
    `Period ${period} is open; edit time entry ${entry.entryId} directly instead of adjusting it`,
  );
}

function firstDayOfNextMonth(day: LocalDate): LocalDate {
  const { year, month } = partsOf(day);
  return month === 12 ? localDate(year + 1, 1, 1) : localDate(year, month + 1, 1);
}

/** The first day of the first month after `day`'s that is open for the entry's member (their team on that day). */
export function firstOpenDayAfter(entry: ExistingTimeEntry, day: LocalDate, context: TimeEntryDecisionContext): LocalDate {
  let candidate = firstDayOfNextMonth(day);
  for (let month = 0; month < MONTHS_SEARCHED && isClosedFor(entry, candidate, context); month++) {
    candidate = firstDayOfNextMonth(candidate);
  }
  return candidate;
}

function postingDay(requested: LocalDate | undefined, entry: ExistingTimeEntry, adjustedDay: LocalDate, context: TimeEntryDecisionContext): LocalDate {
  if (requested === undefined) return firstOpenDayAfter(entry, adjustedDay, context);
  const lastOfPeriod = addDays(firstDayOfNextMonth(adjustedDay), -1);
  if (compareLocalDates(requested, lastOfPeriod) <= 0) {
    throwValidation('day', `must be after the adjusted period ${monthKeyOf(adjustedDay)} (the correction goes into a later, open period)`);
  }
  return requested;
}

/** Project, task and billable default to the adjusted entry's; moving to another project needs an active one. */
function detailsOf(fields: ReturnType<typeof checkFields>, entry: ExistingTimeEntry, context: TimeEntryDecisionContext): TimeEntryDetails {
  const projectId = fields.projectId ?? entry.projectId;
  const taskId: TaskId | null = fields.taskId !== undefined ? fields.taskId : projectId === entry.projectId ? entry.taskId : null;
  if (projectId !== entry.projectId || taskId !== entry.taskId) {
    const project = activeProject(context, projectId);
    assertTaskUsable(project, taskId);
  }
  return {
    projectId,
    taskId,
    description: fields.description ?? entry.description,
    tags: fields.tags ?? [...entry.tags],
    billable: fields.billable ?? entry.billable,
  };
}

/**
 * Posts a signed correction of an entry of a closed period into an open one. The closed period stays exactly as it
 * was closed. Finance and admins may adjust any entry, responsibles those in their scope, members none.
 */
export function postAdjustingEntry(
  command: PostAdjustingEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  assertEntryIsNew(state, command.data.entryId);
  const checks = new FieldChecks();
  const fields = checkFields(checks, command.data);
  const recordedAt = checks.instant(command.at, 'at');
  checks.throwIfAny();
  const adjusted = adjustedEntryOf(context, fields.adjustsEntryId);
  const entry = adjusted.entry;
  if (context.actorAuthority === 'self') {
    throw new ForbiddenError('time.adjust', 'only finance, admins and responsibles in scope post adjusting entries');
  }
  const adjustedDay = entryDay(entry.startedAt, context.timeZone);
  assertInClosedPeriod(entry, adjustedDay, context);
  const day = postingDay(command.data.day, entry, adjustedDay, context);
  const startedAt = instantFromEpochSeconds(startOfLocalDay(day, context.timeZone).getTime() / 1000);
  assertPeriodsOpen(entry.memberId, { startedAt, endedAt: null }, context);
  const details = detailsOf(fields, entry, context);
  assertNetNotNegative(adjusted, fields.seconds);
  return [
    {
      type: 'time-entry-adjustment-posted',
      data: {
        entryId: fields.entryId,
        adjustsEntryId: entry.entryId,
        memberId: entry.memberId,
        ...details,
        day,
        startedAt,
        durationSeconds: fields.seconds,
        reason: fields.reason,
        recordedAt,
      },
    },
  ];
}
