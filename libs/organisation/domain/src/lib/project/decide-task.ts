import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  TaskId,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { modifiableProject } from './project-guards';
import { AddTask, ArchiveTask, ChangeTask } from './project.commands';
import { ProjectEvent } from './project.events';
import { ExistingProject, ProjectState, TaskState } from './project.state';

function assertNameFree(
  project: ExistingProject,
  name: string,
  exceptTaskId?: TaskId,
): void {
  const clash = Object.values(project.tasks).find(
    (task) =>
      !task.archived &&
      task.taskId !== exceptTaskId &&
      task.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash !== undefined) {
    throw new ConflictError(
      'TASK_NAME_TAKEN',
      { name, taskId: clash.taskId },
      `Task "${name}" already exists`,
    );
  }
}

function activeTask(project: ExistingProject, taskId: TaskId): TaskState {
  const task = project.tasks[taskId];
  if (task === undefined) throw new NotFoundError('Task', taskId);
  if (task.archived)
    throw new RuleViolationError('TASK_ARCHIVED', `Task ${taskId} is archived`);
  return task;
}

/** A task's billable flag defaults from its project. */
export function addTask(command: AddTask, state: ProjectState): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  if (project.tasks[command.data.taskId] !== undefined) {
    throw new ConflictError('TASK_ALREADY_EXISTS', {
      taskId: command.data.taskId,
    });
  }
  const checks = new FieldChecks();
  const taskId = checks.id(command.data.taskId, 'taskId');
  const name = checks.name(command.data.name);
  const estimateSeconds =
    command.data.estimateSeconds == null
      ? null
      : checks.seconds(command.data.estimateSeconds, 'estimateSeconds');
  checks.throwIfAny();
  assertNameFree(project, name);
  return [
    {
      type: 'task-added',
      data: {
        projectId: project.projectId,
        taskId,
        name,
        estimateSeconds,
        billable: command.data.billable ?? project.defaultBillable,
      },
    },
  ];
}

export function changeTask(
  command: ChangeTask,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const task = activeTask(project, command.data.taskId);
  const checks = new FieldChecks();
  const name =
    command.data.name === undefined
      ? undefined
      : checks.name(command.data.name);
  const { estimateSeconds, billable } = command.data;
  if (estimateSeconds != null)
    checks.seconds(estimateSeconds, 'estimateSeconds');
  checks.throwIfAny();
  if (name !== undefined && name !== task.name)
    assertNameFree(project, name, task.taskId);
  const changes = {
    ...(name !== undefined && name !== task.name ? { name } : {}),
    ...(estimateSeconds !== undefined &&
    estimateSeconds !== task.estimateSeconds
      ? { estimateSeconds }
      : {}),
    ...(billable !== undefined && billable !== task.billable
      ? { billable }
      : {}),
  };
  return Object.keys(changes).length === 0
    ? []
    : [
        {
          type: 'task-changed',
          data: {
            projectId: project.projectId,
            taskId: task.taskId,
            ...changes,
          },
        },
      ];
}

export function archiveTask(
  command: ArchiveTask,
  state: ProjectState,
): ProjectEvent[] {
  const project = modifiableProject(state, command.data.projectId);
  const task = project.tasks[command.data.taskId];
  if (task === undefined) throw new NotFoundError('Task', command.data.taskId);
  return task.archived
    ? []
    : [
        {
          type: 'task-archived',
          data: { projectId: project.projectId, taskId: task.taskId },
        },
      ];
}
