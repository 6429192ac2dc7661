import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  organisationStreams,
  projectDecider,
  type BillingModel,
  type ProjectCommand,
  type ProjectDecisionContext,
  type ProjectDetails,
} from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { asId, type ClientId, type MemberId, type ProjectId, type TimeRounding } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import { StreamLookups } from '../shared/write/stream-lookups';
import { sequenceDecider } from '../shared/write/sequence-decider';
import type { WriteResult } from '../shared/write/write-result';
import { ChangeProjectStatusCommand, CreateProjectCommand, UpdateProjectCommand } from './project.commands';
import { ProjectWriteAccess } from './project-write-access';

export const projects = sequenceDecider(projectDecider);
export const projectRow = (id: string) => ({ table: 'org_projects' as const, key: { id } });

@CommandHandler(CreateProjectCommand)
export class CreateProjectHandler implements ICommandHandler<CreateProjectCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
    private readonly lookups: StreamLookups,
  ) {}

  async execute({ principal, request }: CreateProjectCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'projects.write', { clientId: request.clientId });
    const projectId = asId<'Project'>(newIdFor('project'));
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.project(projectId),
        entity: { name: 'Project', id: projectId },
        decider: projects,
        actorId,
        command: [
          {
            type: 'create-project',
            actorId,
            data: {
              ...request,
              projectId,
              clientId: request.clientId as ClientId,
              billingModel: request.billingModel as BillingModel,
              estimate: request.estimate as ProjectDetails['estimate'] | undefined,
              timeRounding: request.timeRounding as TimeRounding | undefined,
              responsibleIds: request.responsibleIds as MemberId[] | undefined,
              memberIds: request.memberIds as MemberId[] | undefined,
            },
          },
        ] satisfies ProjectCommand[],
        context: await this.context(request.clientId),
      },
      projectRow(projectId),
    );
    return { id: projectId, revision: written.revision };
  }

  private async context(clientId: string): Promise<ProjectDecisionContext> {
    const client = await this.lookups.client(clientId);
    const organisation = await this.lookups.organisation();
    return {
      ...(client.status === 'none' ? {} : { client: { currency: client.currency, archived: client.status === 'archived' } }),
      ...(organisation.status === 'set-up' ? { organisationDefaultTimeRounding: organisation.settings.defaultTimeRounding } : {}),
    };
  }
}

@CommandHandler(UpdateProjectCommand)
export class UpdateProjectHandler implements ICommandHandler<UpdateProjectCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, expectedRevision, request }: UpdateProjectCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    const id = projectId as ProjectId;
    const actorId = principal.memberId as MemberId;
    const { billingModel, responsibleIds, memberIds, ...details } = request;
    const commands: ProjectCommand[] = [];
    if (Object.keys(details).length > 0) {
      commands.push({ type: 'change-project-details', actorId, data: { projectId: id, ...(details as Partial<ProjectDetails>) } });
    }
    if (billingModel !== undefined) {
      commands.push({ type: 'change-project-billing-model', actorId, data: { projectId: id, billingModel: billingModel as BillingModel } });
    }
    if (responsibleIds !== undefined) {
      commands.push({ type: 'change-project-responsibles', actorId, data: { projectId: id, responsibleIds: responsibleIds as MemberId[] } });
    }
    if (memberIds !== undefined) {
      commands.push({ type: 'change-project-members', actorId, data: { projectId: id, memberIds: memberIds as MemberId[] } });
    }
    const written = await this.writes.write(
      { stream: organisationStreams.project(id), entity: { name: 'Project', id }, decider: projects, actorId, command: commands, context: {}, expectedRevision },
      projectRow(id),
    );
    return { id, revision: written.revision };
  }
}

const STATUS_OF_ACTION = { complete: 'completed', archive: 'archived', reopen: 'active' } as const;

@CommandHandler(ChangeProjectStatusCommand)
export class ChangeProjectStatusHandler implements ICommandHandler<ChangeProjectStatusCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly access: ProjectWriteAccess,
  ) {}

  async execute({ principal, projectId, expectedRevision, action }: ChangeProjectStatusCommand): Promise<WriteResult> {
    await this.access.assert(principal, projectId);
    const id = projectId as ProjectId;
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.project(id),
        entity: { name: 'Project', id },
        decider: projects,
        actorId,
        command: [{ type: 'change-project-status', actorId, data: { projectId: id, status: STATUS_OF_ACTION[action] } }] satisfies ProjectCommand[],
        context: {},
        expectedRevision,
      },
      projectRow(id),
    );
    return { id, revision: written.revision };
  }
}
