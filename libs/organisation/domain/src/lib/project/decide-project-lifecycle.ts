import {
  ConflictError,
  CurrencyCode,
  NO_TIME_ROUNDING,
  NotFoundError,
  RuleViolationError,
  sumMoney,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { BillingModel, checkBillingModel } from './billing-model';
import { modifiableProject, existingProject, sameIds } from './project-guards';
import { isLegalProjectTransition, PROJECT_STATUSES } from './project-status';
import {
  ChangeProjectBillingModel,
  ChangeProjectDetails,
  ChangeProjectMembers,
  ChangeProjectResponsibles,
  ChangeProjectStatus,
  CreateProject,
  ProjectDecisionContext,
} from './project.commands';
import {
  ProjectDetails,
  ProjectEstimate,
  ProjectEvent,
  RequiredEntryFields,
} from './project.events';
import { ExistingProject, ProjectState } from './project.state';

function checkEstimate(
  checks: FieldChecks,
  estimate: ProjectEstimate,
  currency: CurrencyCode,
): ProjectEstimate {
  return {
    ...(estimate.seconds === undefined
      ? {}
      : { seconds: checks.seconds(estimate.seconds, 'estimate.seconds') }),
    ...(estimate.amount === undefined
      ? {}
      : { amount: checks.money(estimate.amount, 'estimate.amount', currency) }),
  };
}

function checkThreshold(
  checks: FieldChecks,
  percent: number | null,
): number | null {
  return percent === null
    ? null
    : checks.integerInRange(percent, 1, 1000, 'budgetAlertThresholdPercent');
}

function checkRequiredFields(
  checks: FieldChecks,
  fields: RequiredEntryFields,
): RequiredEntryFields {
  if (
    typeof fields?.task !== 'boolean' ||
    typeof fields?.description !== 'boolean'
  ) {
    checks.add(
      'requiredFields',
      'must say for task and description whether they are required',
    );
  }
  return { task: fields.task, description: fields.description };
}

/** Milestones may only exist on a fixed-fee project, and their amounts together may not exceed the fee. */
export function assertMilestonesFit(
  project: ExistingProject,
  billingModel: BillingModel,
  extra = 0,
): void {
  const milestones = Object.values(project.milestones);
  if (billingModel.kind !== 'fixed_fee') {
    if (milestones.length > 0 || extra > 0) {
      throw new RuleViolationError(
        'MILESTONES_REQUIRE_FIXED_FEE',
        'Milestones exist only on fixed-fee projects',
      );
    }
    return;
  }
  const total =
    sumMoney(
      milestones.map((milestone) => milestone.amount),
      project.currency,
    ).amountMinor + extra;
  if (total > billingModel.fee.amountMinor) {
    throw new RuleViolationError(
      'MILESTONES_EXCEED_FEE',
      `Milestones total ${total} exceeds the fixed fee ${billingModel.fee.amountMinor} ${project.currency}`,
    );
  }
}

export function createProject(
  command: CreateProject,
  state: ProjectState,
  context: ProjectDecisionContext,
): ProjectEvent[] {
  if (state.status !== 'none')
    throw new ConflictError('PROJECT_ALREADY_EXISTS', {
      projectId: command.data.projectId,
    });
  const { data } = command;
  if (context.client === undefined)
    throw new NotFoundError('Client', data.clientId);
  if (context.client.archived) {
    throw new RuleViolationError(
      'CLIENT_ARCHIVED',
      `Client ${data.clientId} is archived`,
    );
  }
  const currency = context.client.currency;
  const checks = new FieldChecks();
  const event: ProjectEvent = {
    type: 'project-created',
    data: {
      projectId: checks.id(data.projectId, 'projectId'),
      clientId: checks.id(data.clientId, 'clientId'),
      currency,
      name: checks.name(data.name),
      billingModel: checkBillingModel(checks, data.billingModel, currency),
      estimate: checkEstimate(checks, data.estimate ?? {}, currency),
      budgetAlertThresholdPercent: checkThreshold(
        checks,
        data.budgetAlertThresholdPercent ?? null,
      ),
      defaultBillable: data.defaultBillable ?? true,
      requiredFields: checkRequiredFields(
        checks,
        data.requiredFields ?? { task: false, description: false },
      ),
      timeRounding: checks.timeRounding(
        data.timeRounding ??
          context.organisationDefaultTimeRounding ??
          NO_TIME_ROUNDING,
      ),
      responsibleIds: checks.ids(data.responsibleIds ?? [], 'responsibleIds'),
      memberIds: checks.ids(data.memberIds ?? [], 'memberIds'),
    },
  };
  checks.throwIfAny();
  return [event];
}

export function changeProjectDetails(
  command: ChangeProjectDetails,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const checks = new FieldChecks();
  const { projectId: _projectId, ...requested } = command.data;
  const checked: Partial<ProjectDetails> = {};
  if (requested.name !== undefined) checked.name = checks.name(requested.name);
  if (requested.estimate !== undefined)
    checked.estimate = checkEstimate(
      checks,
      requested.estimate,
      project.currency,
    );
  if (requested.budgetAlertThresholdPercent !== undefined) {
    checked.budgetAlertThresholdPercent = checkThreshold(
      checks,
      requested.budgetAlertThresholdPercent,
    );
  }
  if (requested.defaultBillable !== undefined)
    checked.defaultBillable = requested.defaultBillable;
  if (requested.requiredFields !== undefined) {
    checked.requiredFields = checkRequiredFields(
      checks,
      requested.requiredFields,
    );
  }
  if (requested.timeRounding !== undefined)
    checked.timeRounding = checks.timeRounding(requested.timeRounding);
  checks.throwIfAny();
  const changes = Object.fromEntries(
    Object.entries(checked).filter(
      ([key, value]) =>
        JSON.stringify(value) !==
        JSON.stringify(project[key as keyof ProjectDetails]),
    ),
  ) as Partial<ProjectDetails>;
  return Object.keys(changes).length === 0
    ? []
    : [
        {
          type: 'project-details-changed',
          data: { projectId: project.projectId, ...changes },
        },
      ];
}

export function changeProjectBillingModel(
  command: ChangeProjectBillingModel,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const checks = new FieldChecks();
  const billingModel = checkBillingModel(
    checks,
    command.data.billingModel,
    project.currency,
  );
  checks.throwIfAny();
  if (JSON.stringify(billingModel) === JSON.stringify(project.billingModel))
    return [];
  assertMilestonesFit(project, billingModel);
  return [
    {
      type: 'project-billing-model-changed',
      data: { projectId: project.projectId, billingModel },
    },
  ];
}

export function changeProjectResponsibles(
  command: ChangeProjectResponsibles,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const checks = new FieldChecks();
  const responsibleIds = checks.ids(
    command.data.responsibleIds,
    'responsibleIds',
  );
  checks.throwIfAny();
  return sameIds(responsibleIds, project.responsibleIds)
    ? []
    : [
        {
          type: 'project-responsibles-changed',
          data: { projectId: project.projectId, responsibleIds },
        },
      ];
}

export function changeProjectMembers(
  command: ChangeProjectMembers,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const checks = new FieldChecks();
  const memberIds = checks.ids(command.data.memberIds, 'memberIds');
  checks.throwIfAny();
  return sameIds(memberIds, project.memberIds)
    ? []
    : [
        {
          type: 'project-members-changed',
          data: { projectId: project.projectId, memberIds },
        },
      ];
}

export function changeProjectStatus(
  command: ChangeProjectStatus,
  state: ProjectState,
): ProjectEvent[] {
  const project = existingProject(state, command.data.projectId);
  const to = command.data.status;
  if (!PROJECT_STATUSES.includes(to)) {
    const checks = new FieldChecks();
    checks.add('status', `must be one of ${PROJECT_STATUSES.join(', ')}`);
    checks.throwIfAny();
  }
  if (!isLegalProjectTransition(project.status, to)) {
    throw new RuleViolationError(
      'ILLEGAL_PROJECT_STATUS_TRANSITION',
      `A project cannot go from ${project.status} to ${to}`,
    );
  }
  return [
    {
      type: 'project-status-changed',
      data: { projectId: project.projectId, from: project.status, to },
    },
  ];
}
