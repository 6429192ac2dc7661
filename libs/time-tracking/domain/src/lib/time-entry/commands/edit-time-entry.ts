import { NotFoundError, RuleViolationError } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { epochSeconds } from '../../shared/instant';
import { normaliseTags, sameTags } from '../../shared/tags';
import { EditTimeEntry, EntryEdits } from '../time-entry.commands';
import { ProjectSnapshot, TimeEntryDecisionContext } from '../time-entry.context';
import { EditableEntryFields, EntryChanges, TimeEntryEvent } from '../time-entry.events';
import {
  activeProject,
  assertMayWriteFor,
  assertHasNoLiveAdjustments,
  assertMemberAssigned,
  assertNotAdjustment,
  assertNotBilled,
  assertNotDeleted,
  assertPeriodsOpen,
  assertRequiredFields,
  assertTaskUsable,
  billableFor,
  checkBoolean,
  checkDescription,
  checkSpan,
  existingEntry,
} from '../time-entry.rules';
import { ExistingTimeEntry, TimeEntryState } from '../time-entry.state';

const EDITABLE_FIELDS: readonly (keyof EditableEntryFields)[] = [
  'projectId',
  'taskId',
  'description',
  'tags',
  'billable',
  'startedAt',
  'endedAt',
];

function checkEdits(checks: FieldChecks, edits: EntryEdits, entry: ExistingTimeEntry): Partial<EditableEntryFields> {
  const checked: Partial<EditableEntryFields> = {};
  if (edits.projectId !== undefined) checked.projectId = checks.id(edits.projectId, 'changes.projectId');
  if (edits.taskId !== undefined) {
    checked.taskId = edits.taskId === null ? null : checks.id(edits.taskId, 'changes.taskId');
  }
  if (edits.description !== undefined) checked.description = checkDescription(checks, edits.description);
  if (edits.tags !== undefined) checked.tags = checks.collect(() => normaliseTags(edits.tags ?? [], 'changes.tags'), []);
  if (edits.billable !== undefined) checked.billable = checkBoolean(checks, edits.billable, 'changes.billable');
  if (edits.startedAt !== undefined) checked.startedAt = checks.instant(edits.startedAt, 'changes.startedAt');
  if (edits.endedAt !== undefined) {
    if (entry.status === 'running') {
      checks.add('changes.endedAt', 'a running entry ends by stopping its timer');
    } else {
      checked.endedAt = checks.instant(edits.endedAt, 'changes.endedAt');
    }
  }
  return checked;
}

function sameValue(left: unknown, right: unknown): boolean {
  return Array.isArray(left) && Array.isArray(right) ? sameTags(left, right) : left === right;
}

function diff(before: EditableEntryFields, after: EditableEntryFields): EntryChanges {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of EDITABLE_FIELDS) {
    if (!sameValue(before[field], after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes as EntryChanges;
}

function projectOf(context: TimeEntryDecisionContext, after: EditableEntryFields): ProjectSnapshot {
  const project = context.project;
  if (project === undefined || project.projectId !== after.projectId) throw new NotFoundError('Project', after.projectId);
  return project;
}

/**
 * Changes some fields of an entry; the event lists only what changed, before and after. Moving an entry to another
 * project or task re-applies the project rules and, unless `billable` is given, the billable default. Archived
 * projects are read-only; entries on completed projects can still be corrected in place. An entry with live
 * adjustments (its month reopened) keeps its times; its other fields are edited as usual.
 */
export function editTimeEntry(
  command: EditTimeEntry,
  state: TimeEntryState,
  context: TimeEntryDecisionContext,
): TimeEntryEvent[] {
  const entry = existingEntry(state, command.data.entryId);
  assertMayWriteFor(entry.memberId, command.actorId, context.actorAuthority);
  assertNotAdjustment(entry);
  assertNotDeleted(entry);
  assertNotBilled(entry);
  const checks = new FieldChecks();
  const now = checks.instant(command.at, 'at');
  const edits = checkEdits(checks, command.data.changes ?? {}, entry);
  checks.throwIfAny();

  const before: EditableEntryFields = {
    projectId: entry.projectId,
    taskId: entry.taskId,
    description: entry.description,
    tags: entry.tags,
    billable: entry.billable,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
  };
  const after: EditableEntryFields = { ...before, ...edits };
  const movesWork = after.projectId !== before.projectId || after.taskId !== before.taskId;
  if (movesWork && edits.billable === undefined) {
    after.billable = billableFor(projectOf(context, after), after.taskId, undefined);
  }

  if (after.endedAt !== null) {
    checkSpan(checks, after.startedAt, after.endedAt, edits.endedAt === undefined ? 'changes.startedAt' : 'changes.endedAt');
  } else if (epochSeconds(after.startedAt) > epochSeconds(now)) {
    checks.add('changes.startedAt', 'a running entry cannot start in the future');
  }
  checks.throwIfAny();

  const changes = diff(before, after);
  if (Object.keys(changes).length === 0) return [];

  if (movesWork) {
    const project = activeProject(context, after.projectId);
    assertTaskUsable(project, after.taskId);
    assertMemberAssigned(project, entry.memberId, context.actorAuthority);
  } else {
    const project = projectOf(context, after);
    if (project.status === 'archived') {
      throw new RuleViolationError('PROJECT_NOT_ACTIVE', `Project ${project.projectId} is archived and read-only`);
    }
  }
  if (movesWork || changes.description !== undefined) assertRequiredFields(projectOf(context, after), after);

  // Out of a closed period, and into one: both refused.
  assertPeriodsOpen(entry.memberId, before, context);
  assertPeriodsOpen(entry.memberId, after, context);
  if (changes.startedAt !== undefined || changes.endedAt !== undefined) assertHasNoLiveAdjustments(entry, context.liveAdjustments);
  return [
    {
      type: 'time-entry-edited',
      data: { entryId: entry.entryId, changes, reason: command.data.reason?.trim() || null },
    },
  ];
}
