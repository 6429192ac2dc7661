import {
  ConflictError,
  MilestoneId,
  NotFoundError,
  RuleViolationError,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { assertMilestonesFit } from './decide-project-lifecycle';
import { modifiableProject } from './project-guards';
import {
  AddMilestone,
  ChangeMilestone,
  CompleteMilestone,
  RemoveMilestone,
} from './project.commands';
import { ProjectEvent } from './project.events';
import { ExistingProject, MilestoneState, ProjectState } from './project.state';

function requireFixedFee(project: ExistingProject): void {
  if (project.billingModel.kind !== 'fixed_fee') {
    throw new RuleViolationError(
      'MILESTONES_REQUIRE_FIXED_FEE',
      `Project ${project.projectId} is billed ${project.billingModel.kind}; milestones need a fixed fee`,
    );
  }
}

function openMilestone(
  project: ExistingProject,
  milestoneId: MilestoneId,
): MilestoneState {
  const milestone = project.milestones[milestoneId];
  if (milestone === undefined)
    throw new NotFoundError('Milestone', milestoneId);
  if (milestone.completedOn !== null) {
    throw new RuleViolationError(
      'MILESTONE_COMPLETED',
      `Milestone ${milestoneId} is completed and can no longer change`,
    );
  }
  return milestone;
}

/** Amounts are positive, in the project's (client's) currency, and all milestones together stay within the fee. */
export function addMilestone(
  command: AddMilestone,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  requireFixedFee(project);
  if (project.milestones[command.data.milestoneId] !== undefined) {
    throw new ConflictError('MILESTONE_ALREADY_EXISTS', {
      milestoneId: command.data.milestoneId,
    });
  }
  const checks = new FieldChecks();
  const milestoneId = checks.id(command.data.milestoneId, 'milestoneId');
  const name = checks.name(command.data.name);
  const dueDate = checks.date(command.data.dueDate, 'dueDate');
  const amount = checks.money(command.data.amount, 'amount', project.currency, {
    positive: true,
  });
  checks.throwIfAny();
  assertMilestonesFit(project, project.billingModel, amount.amountMinor);
  return [
    {
      type: 'milestone-added',
      data: {
        projectId: project.projectId,
        milestoneId,
        name,
        dueDate,
        amount,
      },
    },
  ];
}

export function changeMilestone(
  command: ChangeMilestone,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const milestone = openMilestone(project, command.data.milestoneId);
  const checks = new FieldChecks();
  const name =
    command.data.name === undefined
      ? undefined
      : checks.name(command.data.name);
  const dueDate =
    command.data.dueDate === undefined
      ? undefined
      : checks.date(command.data.dueDate, 'dueDate');
  const amount =
    command.data.amount === undefined
      ? undefined
      : checks.money(command.data.amount, 'amount', project.currency, {
          positive: true,
        });
  checks.throwIfAny();
  if (amount !== undefined) {
    const others = { ...project.milestones };
    delete others[milestone.milestoneId];
    assertMilestonesFit(
      { ...project, milestones: others },
      project.billingModel,
      amount.amountMinor,
    );
  }
  const changes = {
    ...(name !== undefined && name !== milestone.name ? { name } : {}),
    ...(dueDate !== undefined && dueDate !== milestone.dueDate
      ? { dueDate }
      : {}),
    ...(amount !== undefined &&
    amount.amountMinor !== milestone.amount.amountMinor
      ? { amount }
      : {}),
  };
  return Object.keys(changes).length === 0
    ? []
    : [
        {
          type: 'milestone-changed',
          data: {
            projectId: project.projectId,
            milestoneId: milestone.milestoneId,
            ...changes,
          },
        },
      ];
}

export function completeMilestone(
  command: CompleteMilestone,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const milestone = project.milestones[command.data.milestoneId];
  if (milestone === undefined)
    throw new NotFoundError('Milestone', command.data.milestoneId);
  if (milestone.completedOn !== null) return [];
  const checks = new FieldChecks();
  const completedOn = checks.date(command.data.completedOn, 'completedOn');
  checks.throwIfAny();
  return [
    {
      type: 'milestone-completed',
      data: {
        projectId: project.projectId,
        milestoneId: milestone.milestoneId,
        completedOn,
      },
    },
  ];
}

export function removeMilestone(
  command: RemoveMilestone,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const milestone = openMilestone(project, command.data.milestoneId);
  return [
    {
      type: 'milestone-removed',
      data: {
        projectId: project.projectId,
        milestoneId: milestone.milestoneId,
      },
    },
  ];
}
