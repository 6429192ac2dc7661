import { ConflictError, MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { normaliseTags } from '../../shared/tags';
import { TimeEntryDecisionContext } from '../time-entry.context';
import { TimeEntryDetails } from '../time-entry.events';
import {
  activeProject,
  assertMayWriteFor,
  assertMemberAssigned,
  assertRequiredFields,
  assertTaskUsable,
  billableFor,
  checkBoolean,
  checkDescription,
} from '../time-entry.rules';
import { TimeEntryState } from '../time-entry.state';

export interface NewEntryInput {
  entryId: TimeEntryId;
  memberId: MemberId;
  projectId: ProjectId;
  taskId?: TaskId | null;
  description?: string;
  tags?: string[];
  billable?: boolean;
}

/** Field checks shared by start and log; problems are collected into `checks`, not thrown. */
export function checkNewEntryFields(checks: FieldChecks, input: NewEntryInput) {
  return {
    entryId: checks.id(input.entryId, 'entryId'),
    memberId: checks.id(input.memberId, 'memberId'),
    projectId: checks.id(input.projectId, 'projectId'),
    taskId: input.taskId === undefined || input.taskId === null ? null : checks.id(input.taskId, 'taskId'),
    description: checkDescription(checks, input.description),
    tags: checks.collect(() => normaliseTags(input.tags ?? []), []),
    billable: checkBoolean(checks, input.billable, 'billable'),
  };
}

export function assertEntryIsNew(state: TimeEntryState, entryId: TimeEntryId): void {
  if (state.status !== 'none') throw new ConflictError('ENTRY_ALREADY_EXISTS', { entryId });
}

/** Business rules for a new entry, in the order a user would want to hear about them. */
export function decideNewEntryDetails(
  fields: ReturnType<typeof checkNewEntryFields>,
  actorId: MemberId,
  context: TimeEntryDecisionContext,
): TimeEntryDetails {
  assertMayWriteFor(fields.memberId, actorId, context.actorAuthority);
  const project = activeProject(context, fields.projectId);
  assertTaskUsable(project, fields.taskId);
  assertMemberAssigned(project, fields.memberId, context.actorAuthority);
  assertRequiredFields(project, fields);
  return {
    projectId: fields.projectId,
    taskId: fields.taskId,
    description: fields.description,
    tags: fields.tags,
    billable: billableFor(project, fields.taskId, fields.billable),
  };
}
