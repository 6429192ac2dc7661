import {
  ConflictError,
  LocalDate,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, ids } from '../testing/fixtures';
import { BillingModel } from './billing-model';
import { projectDecider } from './project.decide';
import { ProjectCreated, ProjectEvent } from './project.events';
import { ProjectDecisionContext } from './project.commands';

const d = (value: string) => value as LocalDate;
const eur = (amountMinor: number) => ({
  amountMinor,
  currency: 'EUR' as const,
});
const fixedFee: BillingModel = { kind: 'fixed_fee', fee: eur(1_000_000) }; // 10,000.00 EUR
const context: ProjectDecisionContext = {
  client: { currency: 'EUR', archived: false },
};

const created: ProjectCreated = {
  type: 'project-created',
  data: {
    projectId: ids.project,
    clientId: ids.client,
    currency: 'EUR',
    name: 'Website',
    billingModel: fixedFee,
    estimate: {},
    budgetAlertThresholdPercent: null,
    defaultBillable: true,
    requiredFields: { task: false, description: false },
    timeRounding: { mode: 'none' },
    responsibleIds: [],
    memberIds: [],
  },
};
const hourly: ProjectEvent = {
  type: 'project-created',
  data: {
    ...created.data,
    billingModel: { kind: 'hourly', invoiceLinesPer: 'member' },
  },
};
const status = (
  from: 'active' | 'completed' | 'archived',
  to: 'active' | 'completed' | 'archived',
): ProjectEvent => ({
  type: 'project-status-changed',
  data: { projectId: ids.project, from, to },
});
const milestone = (
  milestoneId = ids.milestone1,
  amountMinor = 600_000,
): ProjectEvent => ({
  type: 'milestone-added',
  data: {
    projectId: ids.project,
    milestoneId,
    name: 'Design',
    dueDate: d('2026-05-31'),
    amount: eur(amountMinor),
  },
});
const task: ProjectEvent = {
  type: 'task-added',
  data: {
    projectId: ids.project,
    taskId: ids.task,
    name: 'Design',
    estimateSeconds: null,
    billable: true,
  },
};
const projects = spec(projectDecider, context);

describe('create-project', () => {
  it('creates with defaults: billable, nothing required, the organisation default rounding', () => {
    projects
      .given([])
      .when(
        {
          type: 'create-project',
          actorId,
          data: {
            projectId: ids.project,
            clientId: ids.client,
            name: 'Website',
            billingModel: fixedFee,
          },
        },
        {
          ...context,
          organisationDefaultTimeRounding: { mode: 'up', incrementMinutes: 6 },
        },
      )
      .then([
        {
          ...created,
          data: {
            ...created.data,
            timeRounding: { mode: 'up', incrementMinutes: 6 },
          },
        },
      ]);
  });

  it('creates a per-period retainer with included hours and an overage rate', () => {
    const retainer: BillingModel = {
      kind: 'per_period',
      fee: eur(500_000),
      periodUnit: 'quarter',
      includedSeconds: 40 * 3600, // 40 h = 144000 s
      overageRateMinorPerHour: 12_000,
    };
    projects
      .given([])
      .when({
        type: 'create-project',
        actorId,
        data: {
          projectId: ids.project,
          clientId: ids.client,
          name: 'Website',
          billingModel: retainer,
          estimate: { seconds: 144_000, amount: eur(500_000) },
          budgetAlertThresholdPercent: 80,
          requiredFields: { task: true, description: true },
          memberIds: [ids.alice],
        },
      })
      .then([
        {
          type: 'project-created',
          data: {
            ...created.data,
            billingModel: retainer,
            estimate: { seconds: 144_000, amount: eur(500_000) },
            budgetAlertThresholdPercent: 80,
            requiredFields: { task: true, description: true },
            memberIds: [ids.alice],
          },
        },
      ]);
  });

  it('rejects money in another currency than the client, negative amounts and bad settings', () => {
    const error = projects
      .given([])
      .when({
        type: 'create-project',
        actorId,
        data: {
          projectId: ids.project,
          clientId: ids.client,
          name: 'Website',
          billingModel: {
            kind: 'per_period',
            fee: { amountMinor: 100, currency: 'USD' },
            periodUnit: 'fortnight' as 'week',
            includedSeconds: -1,
            overageRateMinorPerHour: -5,
          },
          estimate: { amount: eur(-1) },
          budgetAlertThresholdPercent: 0,
          timeRounding: { mode: 'nearest', incrementMinutes: 20 as 15 },
        },
      })
      .thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual([
      'billingModel.periodUnit',
      'billingModel.fee.currency',
      'billingModel.includedSeconds',
      'billingModel.overageRateMinorPerHour',
      'estimate.amount.amountMinor',
      'budgetAlertThresholdPercent',
      'timeRounding.incrementMinutes',
    ]);
  });

  it('rejects a missing or archived client', () => {
    const command = {
      type: 'create-project' as const,
      actorId,
      data: {
        projectId: ids.project,
        clientId: ids.client,
        name: 'Website',
        billingModel: fixedFee,
      },
    };
    projects
      .given([])
      .when(command, {})
      .thenThrows(NotFoundError, (e) => e.entity === 'Client');
    projects
      .given([])
      .when(command, { client: { currency: 'EUR', archived: true } })
      .thenThrows(RuleViolationError, (e) => e.code === 'CLIENT_ARCHIVED');
    projects
      .given([created])
      .when(command)
      .thenThrows(ConflictError, (e) => e.code === 'PROJECT_ALREADY_EXISTS');
  });
});

describe('project details, people and billing model', () => {
  it('records only changed details', () => {
    projects
      .given([created])
      .when({
        type: 'change-project-details',
        actorId,
        data: {
          projectId: ids.project,
          name: 'Website',
          defaultBillable: false,
          timeRounding: { mode: 'up', incrementMinutes: 15 },
        },
      })
      .then([
        {
          type: 'project-details-changed',
          data: {
            projectId: ids.project,
            defaultBillable: false,
            timeRounding: { mode: 'up', incrementMinutes: 15 },
          },
        },
      ]);
  });

  it('changes responsibles and members', () => {
    projects
      .given([created])
      .when({
        type: 'change-project-responsibles',
        actorId,
        data: { projectId: ids.project, responsibleIds: [ids.bob] },
      })
      .then([
        {
          type: 'project-responsibles-changed',
          data: { projectId: ids.project, responsibleIds: [ids.bob] },
        },
      ]);
    projects
      .given([created])
      .when({
        type: 'change-project-members',
        actorId,
        data: { projectId: ids.project, memberIds: [ids.alice, ids.bob] },
      })
      .then([
        {
          type: 'project-members-changed',
          data: { projectId: ids.project, memberIds: [ids.alice, ids.bob] },
        },
      ]);
  });

  it('refuses to lower the fee below the milestones: 6,000.00 + 3,000.00 = 9,000.00 > 8,500.00', () => {
    projects
      .given([
        created,
        milestone(ids.milestone1, 600_000),
        milestone(ids.milestone2, 300_000),
      ])
      .when({
        type: 'change-project-billing-model',
        actorId,
        data: {
          projectId: ids.project,
          billingModel: { kind: 'fixed_fee', fee: eur(850_000) },
        },
      })
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'MILESTONES_EXCEED_FEE',
      );
  });

  it('accepts a fee equal to the milestones: 6,000.00 + 3,000.00 = 9,000.00', () => {
    projects
      .given([
        created,
        milestone(ids.milestone1, 600_000),
        milestone(ids.milestone2, 300_000),
      ])
      .when({
        type: 'change-project-billing-model',
        actorId,
        data: {
          projectId: ids.project,
          billingModel: { kind: 'fixed_fee', fee: eur(900_000) },
        },
      })
      .then([
        {
          type: 'project-billing-model-changed',
          data: {
            projectId: ids.project,
            billingModel: { kind: 'fixed_fee', fee: eur(900_000) },
          },
        },
      ]);
  });

  it('refuses to leave fixed fee while milestones exist', () => {
    projects
      .given([created, milestone()])
      .when({
        type: 'change-project-billing-model',
        actorId,
        data: {
          projectId: ids.project,
          billingModel: { kind: 'hourly', invoiceLinesPer: 'task' },
        },
      })
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'MILESTONES_REQUIRE_FIXED_FEE',
      );
  });

  it('refuses any update of an archived project', () => {
    projects
      .given([created, status('active', 'archived')])
      .when({
        type: 'change-project-details',
        actorId,
        data: { projectId: ids.project, name: 'New' },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'PROJECT_ARCHIVED');
    projects
      .given([])
      .when({
        type: 'change-project-details',
        actorId,
        data: { projectId: ids.project, name: 'New' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('change-project-status', () => {
  it.each([
    [[], 'completed', status('active', 'completed')],
    [[status('active', 'completed')], 'active', status('completed', 'active')], // reopen
    [[], 'archived', status('active', 'archived')],
    [
      [status('active', 'completed')],
      'archived',
      status('completed', 'archived'),
    ],
    [[status('active', 'archived')], 'active', status('archived', 'active')], // unarchive
  ] as const)('after %j, moving to %s is legal', (history, to, expected) => {
    projects
      .given([created, ...history])
      .when({
        type: 'change-project-status',
        actorId,
        data: { projectId: ids.project, status: to },
      })
      .then([expected]);
  });

  it.each([
    [[], 'active'],
    [[status('active', 'archived')], 'completed'],
    [[status('active', 'archived')], 'archived'],
    [[status('active', 'completed')], 'completed'],
  ] as const)('after %j, moving to %s is illegal', (history, to) => {
    projects
      .given([created, ...history])
      .when({
        type: 'change-project-status',
        actorId,
        data: { projectId: ids.project, status: to },
      })
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'ILLEGAL_PROJECT_STATUS_TRANSITION',
      );
  });
});

describe('tasks', () => {
  it('adds a task whose billable flag defaults from the project', () => {
    projects
      .given([
        created,
        {
          type: 'project-details-changed',
          data: { projectId: ids.project, defaultBillable: false },
        },
      ])
      .when({
        type: 'add-task',
        actorId,
        data: {
          projectId: ids.project,
          taskId: ids.task,
          name: 'Design',
          estimateSeconds: 7200,
        },
      })
      .then([
        {
          type: 'task-added',
          data: { ...task.data, estimateSeconds: 7200, billable: false },
        },
      ]);
  });

  it('rejects a task on an archived project', () => {
    projects
      .given([created, status('active', 'archived')])
      .when({
        type: 'add-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task, name: 'Design' },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'PROJECT_ARCHIVED');
  });

  it('rejects a duplicate id, a duplicate name (any case) and a negative estimate', () => {
    projects
      .given([created, task])
      .when({
        type: 'add-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task, name: 'Other' },
      })
      .thenThrows(ConflictError, (e) => e.code === 'TASK_ALREADY_EXISTS');
    projects
      .given([created, task])
      .when({
        type: 'add-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task2, name: 'design' },
      })
      .thenThrows(ConflictError, (e) => e.code === 'TASK_NAME_TAKEN');
    projects
      .given([created])
      .when({
        type: 'add-task',
        actorId,
        data: {
          projectId: ids.project,
          taskId: ids.task,
          name: 'X',
          estimateSeconds: -60,
        },
      })
      .thenThrows(
        ValidationError,
        (e) => e.fields[0]?.path === 'estimateSeconds',
      );
  });

  it('changes and archives a task; an archived task no longer changes', () => {
    projects
      .given([created, task])
      .when({
        type: 'change-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task, billable: false },
      })
      .then([
        {
          type: 'task-changed',
          data: { projectId: ids.project, taskId: ids.task, billable: false },
        },
      ]);
    const archivedTask: ProjectEvent = {
      type: 'task-archived',
      data: { projectId: ids.project, taskId: ids.task },
    };
    projects
      .given([created, task])
      .when({
        type: 'archive-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task },
      })
      .then([archivedTask]);
    projects
      .given([created, task, archivedTask])
      .when({
        type: 'change-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task, name: 'X' },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'TASK_ARCHIVED');
    projects
      .given([created])
      .when({
        type: 'change-task',
        actorId,
        data: { projectId: ids.project, taskId: ids.task2, name: 'X' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('milestones', () => {
  const add = (amountMinor: number, currency: 'EUR' | 'USD' = 'EUR') => ({
    type: 'add-milestone' as const,
    actorId,
    data: {
      projectId: ids.project,
      milestoneId: ids.milestone2,
      name: 'Build',
      dueDate: d('2026-06-30'),
      amount: { amountMinor, currency },
    },
  });

  it('adds a milestone up to the remaining fee: 6,000.00 + 4,000.00 = 10,000.00 = fee', () => {
    projects
      .given([created, milestone(ids.milestone1, 600_000)])
      .when(add(400_000))
      .then([{ type: 'milestone-added', data: add(400_000).data }]);
  });

  it('rejects milestones exceeding the fee: 6,000.00 + 4,000.01 = 10,000.01 > 10,000.00', () => {
    projects
      .given([created, milestone(ids.milestone1, 600_000)])
      .when(add(400_001))
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'MILESTONES_EXCEED_FEE',
      );
  });

  it('rejects a milestone on a project that is not fixed fee', () => {
    projects
      .given([hourly])
      .when(add(100))
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'MILESTONES_REQUIRE_FIXED_FEE',
      );
  });

  it('rejects another currency, zero and negative amounts', () => {
    projects
      .given([created])
      .when(add(100, 'USD'))
      .thenThrows(
        ValidationError,
        (e) => e.fields[0]?.path === 'amount.currency',
      );
    projects
      .given([created])
      .when(add(0))
      .thenThrows(
        ValidationError,
        (e) => e.fields[0]?.reason === 'must be greater than zero',
      );
    projects
      .given([created])
      .when(add(-100))
      .thenThrows(
        ValidationError,
        (e) => e.fields[0]?.reason === 'must not be negative',
      );
  });

  it('rejects milestones on an archived project', () => {
    projects
      .given([created, status('active', 'archived')])
      .when(add(100))
      .thenThrows(RuleViolationError, (e) => e.code === 'PROJECT_ARCHIVED');
  });

  it('changing an amount counts the other milestones only: 6,000.00 -> 9,000.00 + 1,000.00 = 10,000.00', () => {
    projects
      .given([
        created,
        milestone(ids.milestone1, 600_000),
        milestone(ids.milestone2, 100_000),
      ])
      .when({
        type: 'change-milestone',
        actorId,
        data: {
          projectId: ids.project,
          milestoneId: ids.milestone1,
          amount: eur(900_000),
        },
      })
      .then([
        {
          type: 'milestone-changed',
          data: {
            projectId: ids.project,
            milestoneId: ids.milestone1,
            amount: eur(900_000),
          },
        },
      ]);
    projects
      .given([
        created,
        milestone(ids.milestone1, 600_000),
        milestone(ids.milestone2, 100_000),
      ])
      .when({
        type: 'change-milestone',
        actorId,
        data: {
          projectId: ids.project,
          milestoneId: ids.milestone1,
          amount: eur(900_001),
        },
      })
      .thenThrows(
        RuleViolationError,
        (e) => e.code === 'MILESTONES_EXCEED_FEE',
      );
  });

  it('completes a milestone once; a completed milestone can be neither changed nor removed', () => {
    const completed: ProjectEvent = {
      type: 'milestone-completed',
      data: {
        projectId: ids.project,
        milestoneId: ids.milestone1,
        completedOn: d('2026-05-20'),
      },
    };
    const complete = {
      type: 'complete-milestone' as const,
      actorId,
      data: {
        projectId: ids.project,
        milestoneId: ids.milestone1,
        completedOn: d('2026-05-20'),
      },
    };
    projects.given([created, milestone()]).when(complete).then([completed]);
    projects
      .given([created, milestone(), completed])
      .when(complete)
      .thenNothingHappens();
    projects
      .given([created, milestone(), completed])
      .when({
        type: 'change-milestone',
        actorId,
        data: {
          projectId: ids.project,
          milestoneId: ids.milestone1,
          name: 'X',
        },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'MILESTONE_COMPLETED');
    projects
      .given([created, milestone(), completed])
      .when({
        type: 'remove-milestone',
        actorId,
        data: { projectId: ids.project, milestoneId: ids.milestone1 },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'MILESTONE_COMPLETED');
  });

  it('removes an open milestone, freeing its amount', () => {
    const removed: ProjectEvent = {
      type: 'milestone-removed',
      data: { projectId: ids.project, milestoneId: ids.milestone1 },
    };
    projects
      .given([created, milestone()])
      .when({
        type: 'remove-milestone',
        actorId,
        data: { projectId: ids.project, milestoneId: ids.milestone1 },
      })
      .then([removed]);
    // 6,000.00 removed: 10,000.00 fits again
    projects
      .given([created, milestone(), removed])
      .when(add(1_000_000))
      .then([{ type: 'milestone-added', data: add(1_000_000).data }]);
  });
});
