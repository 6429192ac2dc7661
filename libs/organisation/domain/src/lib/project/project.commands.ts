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
import { DomainCommand } from '../shared/messages';
import { BillingModel } from './billing-model';
import { ProjectStatus } from './project-status';
import {
  ProjectDetails,
  ProjectEstimate,
  RequiredEntryFields,
} from './project.events';

export type CreateProject = DomainCommand<
  'create-project',
  {
    projectId: ProjectId;
    clientId: ClientId;
    name: string;
    billingModel: BillingModel;
    estimate?: ProjectEstimate;
    budgetAlertThresholdPercent?: number | null;
    /** Default true. */
    defaultBillable?: boolean;
    /** Default: neither required. */
    requiredFields?: RequiredEntryFields;
    /** Default: the organisation's default rounding (context). */
    timeRounding?: TimeRounding;
    responsibleIds?: MemberId[];
    memberIds?: MemberId[];
  }
>;
export type ChangeProjectDetails = DomainCommand<
  'change-project-details',
  { projectId: ProjectId } & Partial<ProjectDetails>
>;
export type ChangeProjectBillingModel = DomainCommand<
  'change-project-billing-model',
  { projectId: ProjectId; billingModel: BillingModel }
>;
export type ChangeProjectResponsibles = DomainCommand<
  'change-project-responsibles',
  { projectId: ProjectId; responsibleIds: MemberId[] }
>;
export type ChangeProjectMembers = DomainCommand<
  'change-project-members',
  { projectId: ProjectId; memberIds: MemberId[] }
>;
export type ChangeProjectStatus = DomainCommand<
  'change-project-status',
  { projectId: ProjectId; status: ProjectStatus }
>;

export type AddTask = DomainCommand<
  'add-task',
  {
    projectId: ProjectId;
    taskId: TaskId;
    name: string;
    estimateSeconds?: number | null;
    billable?: boolean;
  }
>;
export type ChangeTask = DomainCommand<
  'change-task',
  {
    projectId: ProjectId;
    taskId: TaskId;
    name?: string;
    estimateSeconds?: number | null;
    billable?: boolean;
  }
>;
export type ArchiveTask = DomainCommand<
  'archive-task',
  { projectId: ProjectId; taskId: TaskId }
>;

export type AddMilestone = DomainCommand<
  'add-milestone',
  {
    projectId: ProjectId;
    milestoneId: MilestoneId;
    name: string;
    dueDate: LocalDate;
    amount: Money;
  }
>;
export type ChangeMilestone = DomainCommand<
  'change-milestone',
  {
    projectId: ProjectId;
    milestoneId: MilestoneId;
    name?: string;
    dueDate?: LocalDate;
    amount?: Money;
  }
>;
export type CompleteMilestone = DomainCommand<
  'complete-milestone',
  { projectId: ProjectId; milestoneId: MilestoneId; completedOn: LocalDate }
>;
export type RemoveMilestone = DomainCommand<
  'remove-milestone',
  { projectId: ProjectId; milestoneId: MilestoneId }
>;

export type ProjectCommand =
  | CreateProject
  | ChangeProjectDetails
  | ChangeProjectBillingModel
  | ChangeProjectResponsibles
  | ChangeProjectMembers
  | ChangeProjectStatus
  | AddTask
  | ChangeTask
  | ArchiveTask
  | AddMilestone
  | ChangeMilestone
  | CompleteMilestone
  | RemoveMilestone;

/** Looked up by the handler for create-project: the client (undefined when missing) and organisation defaults. */
export interface ProjectDecisionContext {
  client?: { currency: CurrencyCode; archived: boolean };
  organisationDefaultTimeRounding?: TimeRounding;
}
