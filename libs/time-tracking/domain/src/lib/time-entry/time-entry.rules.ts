import {
  ConflictError,
  ForbiddenError,
  MemberId,
  NotFoundError,
  ProjectId,
  RuleViolationError,
  TaskId,
  TimeEntryId,
  ValidationError,
} from '@billing/shared/kernel';
import { entryDay, monthKeyOf } from '../calendar/entry-calendar-keys';
import { MAX_ENTRY_SECONDS, countedEntrySeconds } from '../calendar/entry-duration';
import { FieldChecks } from '../shared/field-checks';
import { Instant, addSeconds, epochSeconds } from '../shared/instant';
import { ActorAuthority, AdjustedEntry, LiveAdjustment, ProjectSnapshot, TimeEntryDecisionContext } from './time-entry.context';
import { ExistingTimeEntry, TimeEntryState } from './time-entry.state';

export const MAX_DESCRIPTION_LENGTH = 2000;

export function existingEntry(state: TimeEntryState, entryId: TimeEntryId): ExistingTimeEntry {
  if (state.status === 'none') throw new NotFoundError('TimeEntry', entryId);
  return state;
}

/** Members write their own entries; responsibles (in scope) and admins write anyone's. */
export function assertMayWriteFor(memberId: MemberId, actorId: MemberId, authority: ActorAuthority): void {
  if (memberId !== actorId && authority === 'self') {
    throw new ForbiddenError('time-entries:write-others', `entries of member ${memberId} are not the actor's own`);
  }
}

export function assertNotDeleted(entry: ExistingTimeEntry): void {
  if (entry.status === 'deleted') {
    throw new ConflictError('ENTRY_DELETED', { entryId: entry.entryId }, `Time entry ${entry.entryId} is deleted`);
  }
}

/** An adjusting entry is not edited: delete it and post a new one, so each correction stays one fact. */
export function assertNotAdjustment(entry: ExistingTimeEntry): void {
  if (entry.adjustment !== undefined) {
    throw new ConflictError(
      'ADJUSTMENT_NOT_EDITABLE',
      { entryId: entry.entryId, adjustsEntryId: entry.adjustment.adjustsEntryId },
      `Time entry ${entry.entryId} is an adjusting entry; delete it and post a new adjustment instead`,
    );
  }
}

/** Original seconds plus every live adjustment, this one included, may not go below zero. */
export function assertNetNotNegative(adjusted: AdjustedEntry, seconds: number): void {
  const { entry, liveAdjustmentSeconds } = adjusted;
  const entrySeconds = epochSeconds(entry.endedAt as Instant) - epochSeconds(entry.startedAt);
  const net = entrySeconds + liveAdjustmentSeconds + seconds;
  if (net >= 0) return;
  throw new ConflictError(
    'ADJUSTMENT_BELOW_ZERO',
    { entryId: entry.entryId, entrySeconds, liveAdjustmentSeconds, durationSeconds: seconds, netSeconds: net },
    `Time entry ${entry.entryId} has ${entrySeconds + liveAdjustmentSeconds} s after its adjustments; ${seconds} s would take it below zero`,
  );
}

/**
 * Deleting an adjusting entry takes its signed seconds off the adjusted entry's net time, restoring one adds them
 * back: either may not take the net below zero. Ordinary entries (and an unknown adjusted entry) pass.
 */
export function assertNetKeptWhen(change: 'deleted' | 'restored', entry: ExistingTimeEntry, context: TimeEntryDecisionContext): void {
  if (entry.adjustment === undefined || context.adjusted === undefined) return;
  const seconds = countedEntrySeconds(entry);
  assertNetNotNegative(context.adjusted, change === 'deleted' ? -seconds : seconds);
}

/**
 * Once its month is reopened, an entry with live adjustments keeps its times and stays: a new duration, or its
 * deletion, could take its net time below zero or leave corrections of nothing. Its adjustments go first.
 */
export function assertHasNoLiveAdjustments(entry: ExistingTimeEntry, adjustments: readonly LiveAdjustment[] = []): void {
  if (adjustments.length === 0) return;
  const adjustmentIds = adjustments.map((adjustment) => adjustment.entryId);
  throw new ConflictError(
    'ENTRY_HAS_ADJUSTMENTS',
    { entryId: entry.entryId, adjustmentIds, adjustmentSeconds: adjustments.reduce((sum, adjustment) => sum + adjustment.durationSeconds, 0) },
    `Time entry ${entry.entryId} has adjusting entries (${adjustmentIds.join(', ')}); delete its adjustments first`,
  );
}

/**
 * Adjusting entries are finance's corrections: members do not delete or restore them, not even on their own time
 * (responsibles in scope and admins do, as they post them).
 */
export function assertMayChangeAdjustment(entry: ExistingTimeEntry, authority: ActorAuthority): void {
  if (entry.adjustment !== undefined && authority === 'self') {
    throw new ForbiddenError('time.adjust', `time entry ${entry.entryId} is an adjusting entry`);
  }
}

/** Billed entries are locked until their invoice is voided or the mark is undone. */
export function assertNotBilled(entry: ExistingTimeEntry): void {
  if (entry.billing !== null) {
    throw new ConflictError(
      'ENTRY_BILLED',
      { entryId: entry.entryId, billing: entry.billing },
      `Time entry ${entry.entryId} is billed; void the invoice or undo the mark first`,
    );
  }
}

export function assertNotRunning(entry: ExistingTimeEntry): void {
  if (entry.status === 'running') {
    throw new ConflictError('ENTRY_RUNNING', { entryId: entry.entryId }, `Time entry ${entry.entryId} is running; stop it first`);
  }
}

/**
 * No write may touch a closed period: refused when the local day of the start, or of the last second before the
 * end, lies in a month that is closed organisation-wide or for the member's team on that day.
 */
export function assertPeriodsOpen(
  memberId: MemberId,
  span: { startedAt: Instant; endedAt: Instant | null },
  context: TimeEntryDecisionContext,
): void {
  const instants = [span.startedAt];
  if (span.endedAt !== null && epochSeconds(span.endedAt) > epochSeconds(span.startedAt)) {
    instants.push(addSeconds(span.endedAt, -1)); // the end is exclusive: 00:00 on the 1st still belongs to the month before
  }
  for (const instant of instants) {
    const day = entryDay(instant, context.timeZone);
    const teamId = context.teamOfMemberOn?.(memberId, day);
    if (context.isPeriodClosed(day, teamId)) {
      const period = monthKeyOf(day);
      throw new ConflictError(
        'PERIOD_CLOSED',
        { period, date: day, ...(teamId === undefined ? {} : { teamId }) },
        `Period ${period} is closed`,
      );
    }
  }
}

/** The project must exist and be active: no new time on completed or archived projects. */
export function activeProject(context: TimeEntryDecisionContext, projectId: ProjectId): ProjectSnapshot {
  const project = context.project;
  if (project === undefined || project.projectId !== projectId) throw new NotFoundError('Project', projectId);
  if (project.status !== 'active') {
    throw new RuleViolationError('PROJECT_NOT_ACTIVE', `Project ${projectId} is ${project.status}; time can only be tracked on active projects`);
  }
  return project;
}

export function assertTaskUsable(project: ProjectSnapshot, taskId: TaskId | null): void {
  if (taskId === null) return;
  const task = project.tasks.find((candidate) => candidate.taskId === taskId);
  if (task === undefined) {
    throw new RuleViolationError('TASK_NOT_IN_PROJECT', `Task ${taskId} does not belong to project ${project.projectId}`);
  }
  if (task.archived) {
    throw new RuleViolationError('TASK_ARCHIVED', `Task ${taskId} is archived`);
  }
}

/** Members only track time on projects they are assigned to; responsibles and admins may book anyone anywhere. */
export function assertMemberAssigned(project: ProjectSnapshot, memberId: MemberId, authority: ActorAuthority): void {
  if (authority === 'self' && !project.memberIds.includes(memberId)) {
    throw new RuleViolationError(
      'MEMBER_NOT_ASSIGNED',
      `Member ${memberId} is not assigned to project ${project.projectId}`,
    );
  }
}

export function assertRequiredFields(
  project: ProjectSnapshot,
  entry: { taskId: TaskId | null; description: string },
): void {
  const checks = new FieldChecks();
  if (project.requiredFields.task && entry.taskId === null) checks.add('taskId', 'is required by the project');
  if (project.requiredFields.description && entry.description === '') {
    checks.add('description', 'is required by the project');
  }
  checks.throwIfAny();
}

/** Billable default: the task's, else the project's; an explicit choice wins. */
export function billableFor(project: ProjectSnapshot, taskId: TaskId | null, explicit: boolean | undefined): boolean {
  if (explicit !== undefined) return explicit;
  const task = project.tasks.find((candidate) => candidate.taskId === taskId);
  return task?.billable ?? project.defaultBillable;
}

export function checkDescription(checks: FieldChecks, description: string | undefined): string {
  if (description === undefined) return '';
  if (typeof description !== 'string') {
    checks.add('description', 'must be a text');
    return '';
  }
  const trimmed = description.trim();
  if (trimmed.length > MAX_DESCRIPTION_LENGTH) {
    checks.add('description', `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  }
  return trimmed;
}

/** End strictly after start and at most 24 h (86,400 s) later; returns the duration in seconds. */
export function checkSpan(checks: FieldChecks, startedAt: Instant, endedAt: Instant, endPath = 'endedAt'): number {
  const seconds = epochSeconds(endedAt) - epochSeconds(startedAt);
  if (seconds <= 0) {
    checks.add(endPath, 'must be after the start');
  } else if (seconds > MAX_ENTRY_SECONDS) {
    checks.add(endPath, `must be at most 24 h (${MAX_ENTRY_SECONDS} s) after the start, got ${seconds} s`);
  }
  return seconds;
}

export function checkBoolean(checks: FieldChecks, value: boolean | undefined, path: string): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') checks.add(path, 'must be true or false');
  return value;
}

export function throwValidation(path: string, reason: string): never {
  throw ValidationError.single(path, reason);
}
