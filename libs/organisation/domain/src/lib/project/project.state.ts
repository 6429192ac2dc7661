import {
  ClientId,
  CurrencyCode,
  LocalDate,
  MemberId,
  MilestoneId,
  Money,
  ProjectId,
  TaskId,
} from '@billing/shared/kernel';
import { BillingModel } from './billing-model';
import { ProjectStatus } from './project-status';
import { ProjectDetails, ProjectEvent } from './project.events';

export interface TaskState {
  taskId: TaskId;
  name: string;
  estimateSeconds: number | null;
  billable: boolean;
  archived: boolean;
}

export interface MilestoneState {
  milestoneId: MilestoneId;
  name: string;
  dueDate: LocalDate;
  amount: Money;
  completedOn: LocalDate | null;
}

export type ExistingProject = {
  status: ProjectStatus;
  projectId: ProjectId;
  clientId: ClientId;
  currency: CurrencyCode;
  billingModel: BillingModel;
  responsibleIds: MemberId[];
  memberIds: MemberId[];
  tasks: Record<string, TaskState>;
  milestones: Record<string, MilestoneState>;
} & ProjectDetails;

export type ProjectState = { status: 'none' } | ExistingProject;

export const initialProjectState: ProjectState = { status: 'none' };

function updateTask(
  state: ExistingProject,
  taskId: TaskId,
  change: Partial<TaskState>,
): ExistingProject {
  const task = state.tasks[taskId];
  return task === undefined
    ? state
    : { ...state, tasks: { ...state.tasks, [taskId]: { ...task, ...change } } };
}

function updateMilestone(
  state: ExistingProject,
  milestoneId: MilestoneId,
  change: Partial<MilestoneState>,
): ExistingProject {
  const milestone = state.milestones[milestoneId];
  return milestone === undefined
    ? state
    : {
        ...state,
        milestones: {
          ...state.milestones,
          [milestoneId]: { ...milestone, ...change },
        },
      };
}

function evolveExisting(
  state: ExistingProject,
  event: Exclude<ProjectEvent, { type: 'project-created' }>,
): ExistingProject {
  switch (event.type) {
    case 'project-details-changed': {
      const { projectId: _projectId, ...changes } = event.data;
      return { ...state, ...changes };
    }
    case 'project-billing-model-changed':
      return { ...state, billingModel: event.data.billingModel };
    case 'project-responsibles-changed':
      return { ...state, responsibleIds: [...event.data.responsibleIds] };
    case 'project-members-changed':
      return { ...state, memberIds: [...event.data.memberIds] };
    case 'project-status-changed':
      return { ...state, status: event.data.to };
    case 'task-added': {
      const { projectId: _projectId, ...task } = event.data;
      return {
        ...state,
        tasks: { ...state.tasks, [task.taskId]: { ...task, archived: false } },
      };
    }
    case 'task-changed': {
      const { projectId: _projectId, taskId, ...change } = event.data;
      return updateTask(state, taskId, change);
    }
    case 'task-archived':
      return updateTask(state, event.data.taskId, { archived: true });
    case 'milestone-added': {
      const { projectId: _projectId, ...milestone } = event.data;
      return {
        ...state,
        milestones: {
          ...state.milestones,
          [milestone.milestoneId]: { ...milestone, completedOn: null },
        },
      };
    }
    case 'milestone-changed': {
      const { projectId: _projectId, milestoneId, ...change } = event.data;
      return updateMilestone(state, milestoneId, change);
    }
    case 'milestone-completed':
      return updateMilestone(state, event.data.milestoneId, {
        completedOn: event.data.completedOn,
      });
    case 'milestone-removed': {
      const milestones = { ...state.milestones };
      delete milestones[event.data.milestoneId];
      return { ...state, milestones };
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export function evolveProject(
  state: ProjectState,
  event: ProjectEvent,
): ProjectState {
  if (event.type === 'project-created') {
    return { status: 'active', ...event.data, tasks: {}, milestones: {} };
  }
  return state.status === 'none' ? state : evolveExisting(state, event);
}
