import {
  ClientId,
  CurrencyCode,
  LocalDate,
  MemberId,
  MilestoneId,
  Money,
  ProjectId,
  TaskId,
  TimeRounding,
} from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { BillingModel } from './billing-model';
import { ProjectStatus } from './project-status';

export interface ProjectEstimate {
  seconds?: number;
  amount?: Money;
}

export interface RequiredEntryFields {
  task: boolean;
  description: boolean;
}

export interface ProjectDetails {
  name: string;
  estimate: ProjectEstimate;
  /** Percent of the estimate at which a budget alert fires; null: no alert. */
  budgetAlertThresholdPercent: number | null;
  defaultBillable: boolean;
  requiredFields: RequiredEntryFields;
  timeRounding: TimeRounding;
}

export type ProjectCreated = DomainEvent<
  'project-created',
  {
    projectId: ProjectId;
    clientId: ClientId;
    /** The client's currency when the project was created; all project money is in it. */
    currency: CurrencyCode;
    billingModel: BillingModel;
    responsibleIds: MemberId[];
    memberIds: MemberId[];
  } & ProjectDetails
>;
export type ProjectDetailsChanged = DomainEvent<
  'project-details-changed',
  { projectId: ProjectId } & Partial<ProjectDetails>
>;
export type ProjectBillingModelChanged = DomainEvent<
  'project-billing-model-changed',
  { projectId: ProjectId; billingModel: BillingModel }
>;
export type ProjectResponsiblesChanged = DomainEvent<
  'project-responsibles-changed',
  { projectId: ProjectId; responsibleIds: MemberId[] }
>;
export type ProjectMembersChanged = DomainEvent<
  'project-members-changed',
  { projectId: ProjectId; memberIds: MemberId[] }
>;
export type ProjectStatusChanged = DomainEvent<
  'project-status-changed',
  { projectId: ProjectId; from: ProjectStatus; to: ProjectStatus }
>;

export type TaskAdded = DomainEvent<
  'task-added',
  {
    projectId: ProjectId;
    taskId: TaskId;
    name: string;
    estimateSeconds: number | null;
    billable: boolean;
  }
>;
export type TaskChanged = DomainEvent<
  'task-changed',
  {
    projectId: ProjectId;
    taskId: TaskId;
    name?: string;
    estimateSeconds?: number | null;
    billable?: boolean;
  }
>;
export type TaskArchived = DomainEvent<
  'task-archived',
  { projectId: ProjectId; taskId: TaskId }
>;

export type MilestoneAdded = DomainEvent<
  'milestone-added',
  {
    projectId: ProjectId;
    milestoneId: MilestoneId;
    name: string;
    dueDate: LocalDate;
    amount: Money;
  }
>;
export type MilestoneChanged = DomainEvent<
  'milestone-changed',
  {
    projectId: ProjectId;
    milestoneId: MilestoneId;
    name?: string;
    dueDate?: LocalDate;
    amount?: Money;
  }
>;
export type MilestoneCompleted = DomainEvent<
  'milestone-completed',
  { projectId: ProjectId; milestoneId: MilestoneId; completedOn: LocalDate }
>;
export type MilestoneRemoved = DomainEvent<
  'milestone-removed',
  { projectId: ProjectId; milestoneId: MilestoneId }
>;

export type ProjectEvent =
  | ProjectCreated
  | ProjectDetailsChanged
  | ProjectBillingModelChanged
  | ProjectResponsiblesChanged
  | ProjectMembersChanged
  | ProjectStatusChanged
  | TaskAdded
  | TaskChanged
  | TaskArchived
  | MilestoneAdded
  | MilestoneChanged
  | MilestoneCompleted
  | MilestoneRemoved;
