import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { organisationStreams, type ProjectCommand } from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { asId, type LocalDate, type MemberId, type MilestoneId, type Money, type ProjectId } from '@billing/shared/kernel';
import { projects } from '../projects/project.handlers';
import { ProjectWriteAccess } from '../projects/project-write-access';
import { OrganisationToday } from '../shared/read/organisation-today';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import type { WriteResult } from '../shared/write/write-result';
import { AddMilestoneCommand, ChangeMilestoneCommand, CompleteMilestoneCommand } from './milestone.commands';

async function writeMilestone(
  writes: OrganisationWrites,
  projectId: string,
  milestoneId: string,
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
    { table: 'org_milestones', key: { id: milestoneId } },
  );
  return { id: milestoneId, revision: written.revision };
}

@CommandHandler(AddMilestoneCommand)
export class AddMilestoneHandler implements ICommandHandler<AddMilestoneCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, request }: AddMilestoneCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    const milestoneId = asId<'Milestone'>(newIdFor('milestone'));
    return writeMilestone(this.writes, projectId, milestoneId, {
      type: 'add-milestone',
      actorId: principal.memberId as MemberId,
      data: {
        projectId: projectId as ProjectId,
        milestoneId,
        name: request.name,
        dueDate: request.dueDate as LocalDate,
        amount: request.amount as Money,
      },
    });
  }
}

@CommandHandler(ChangeMilestoneCommand)
export class ChangeMilestoneHandler implements ICommandHandler<ChangeMilestoneCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, milestoneId, expectedRevision, request }: ChangeMilestoneCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    return writeMilestone(
      this.writes,
      projectId,
      milestoneId,
      {
        type: 'change-milestone',
        actorId: principal.memberId as MemberId,
        data: {
          projectId: projectId as ProjectId,
          milestoneId: milestoneId as MilestoneId,
          name: request.name,
          dueDate: request.dueDate as LocalDate | undefined,
          amount: request.amount as Money | undefined,
        },
      },
      expectedRevision,
    );
  }
}

@CommandHandler(CompleteMilestoneCommand)
export class CompleteMilestoneHandler implements ICommandHandler<CompleteMilestoneCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
    private readonly today: OrganisationToday,
  ) {}

  async execute({ principal, projectId, milestoneId, expectedRevision, completedOn }: CompleteMilestoneCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    return writeMilestone(
      this.writes,
      projectId,
      milestoneId,
      {
        type: 'complete-milestone',
        actorId: principal.memberId as MemberId,
        data: {
          projectId: projectId as ProjectId,
          milestoneId: milestoneId as MilestoneId,
          completedOn: (completedOn ?? (await this.today.date())) as LocalDate,
        },
      },
      expectedRevision,
    );
  }
}
