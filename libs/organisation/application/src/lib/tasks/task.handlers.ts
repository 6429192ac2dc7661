import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationStreams, type ProjectCommand } from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { asId, type MemberId, type ProjectId, type TaskId } from '@billing/shared/kernel';
import { projects } from '../projects/project.handlers';
import { ProjectWriteAccess } from '../projects/project-write-access';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import type { WriteResult } from '../shared/write/write-result';
import { AddTaskCommand, ArchiveTaskCommand, ChangeTaskCommand } from './task.commands';

/** Tasks live in their project's stream: one write, one revision, the project's invariants in one place. */
async function writeTask(
  writes: OrganisationWrites,
  projectId: string,
  taskId: string,
  command: ProjectCommand,
  expectedRevision?: number,
): Promise<WriteResult> {
  const written = await writes.write(
    {
      stream: organisationStreams.project(projectId),
      entity: { name: 'Project', id: projectId },
      decider: projects,
      actorId: command.actorId,
      command: [command],
      context: {},
      expectedRevision,
    },
    { table: 'org_tasks', key: { id: taskId } },
  );
  return { id: taskId, revision: written.revision };
}

@CommandHandler(AddTaskCommand)
export class AddTaskHandler implements ICommandHandler<AddTaskCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, request }: AddTaskCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    const taskId = asId<'Task'>(newIdFor('task'));
    return writeTask(this.writes, projectId, taskId, {
      type: 'add-task',
      actorId: principal.memberId as MemberId,
      data: { projectId: projectId as ProjectId, taskId, ...request },
    });
  }
}

@CommandHandler(ChangeTaskCommand)
export class ChangeTaskHandler implements ICommandHandler<ChangeTaskCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, taskId, expectedRevision, request }: ChangeTaskCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    return writeTask(
      this.writes,
      projectId,
      taskId,
      {
        type: 'change-task',
        actorId: principal.memberId as MemberId,
        data: { projectId: projectId as ProjectId, taskId: taskId as TaskId, ...request },
      },
      expectedRevision,
    );
  }
}

@CommandHandler(ArchiveTaskCommand)
export class ArchiveTaskHandler implements ICommandHandler<ArchiveTaskCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, taskId, expectedRevision }: ArchiveTaskCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    return writeTask(
      this.writes,
      projectId,
      taskId,
      { type: 'archive-task', actorId: principal.memberId as MemberId, data: { projectId: projectId as ProjectId, taskId: taskId as TaskId } },
      expectedRevision,
    );
  }
}
