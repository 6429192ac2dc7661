import { ListQuery, MoneyDto, Revisioned } from './common';

/**
 * Tasks and milestones live in their project's stream: their `revision` (and ETag) is the project's, so
 * If-Match on a task or milestone is the project revision.
 */

/** GET /api/v1/projects/:projectId/tasks, GET .../tasks/:taskId */
export interface TaskView extends Revisioned {
  id: string;
  projectId: string;
  name: string;
  estimateSeconds: number | null;
  billable: boolean;
  archived: boolean;
}

export interface TaskListQuery extends ListQuery {
  archived?: boolean;
}

/** POST /api/v1/projects/:projectId/tasks */
export interface CreateTaskRequest {
  name: string;
  estimateSeconds?: number | null;
  /** Default: the project's default billable. */
  billable?: boolean;
}

/** PATCH /api/v1/projects/:projectId/tasks/:taskId (If-Match required). */
export interface UpdateTaskRequest {
  name?: string;
  estimateSeconds?: number | null;
  billable?: boolean;
}

/** GET /api/v1/projects/:projectId/milestones, GET .../milestones/:milestoneId */
export interface MilestoneView extends Revisioned {
  id: string;
  projectId: string;
  name: string;
  dueDate: string;
  amount: MoneyDto;
  /** YYYY-MM-DD, null while open. */
  completedOn: string | null;
}

export type MilestoneListQuery = ListQuery;

/** POST /api/v1/projects/:projectId/milestones (fixed-fee projects only; total within the fee). */
export interface CreateMilestoneRequest {
  name: string;
  dueDate: string;
  amount: MoneyDto;
}

/** PATCH /api/v1/projects/:projectId/milestones/:milestoneId (If-Match required; open milestones only). */
export interface UpdateMilestoneRequest {
  name?: string;
  dueDate?: string;
  amount?: MoneyDto;
}

/** POST .../milestones/:milestoneId/complete (If-Match required). Default: today in the organisation's zone. */
export interface CompleteMilestoneRequest {
  completedOn?: string;
}
