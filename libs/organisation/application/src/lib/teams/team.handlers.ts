import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import { organisationStreams, teamDecider, type TeamCommand } from '@billing/organisation/domain';
import { newIdFor } from '@billing/shared/event-sourcing';
import { asId, type MemberId, type TeamId } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import { sequenceDecider } from '../shared/write/sequence-decider';
import type { WriteResult } from '../shared/write/write-result';
import { ArchiveTeamCommand, CreateTeamCommand, UpdateTeamCommand } from './team.commands';

const teams = sequenceDecider(teamDecider);
const teamRow = (id: string) => ({ table: 'org_teams' as const, key: { id } });

@CommandHandler(CreateTeamCommand)
export class CreateTeamHandler implements ICommandHandler<CreateTeamCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, request }: CreateTeamCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'teams.write');
    const teamId = asId<'Team'>(newIdFor('team'));
    const actorId = principal.memberId as MemberId;
    const command: TeamCommand = {
      type: 'create-team',
      actorId,
      data: { teamId, name: request.name, responsibleIds: (request.responsibleIds ?? []) as MemberId[] },
    };
    const written = await this.writes.write(
      { stream: organisationStreams.team(teamId), entity: { name: 'Team', id: teamId }, decider: teams, actorId, command: [command], context: undefined },
      teamRow(teamId),
    );
    return { id: teamId, revision: written.revision };
  }
}

@CommandHandler(UpdateTeamCommand)
export class UpdateTeamHandler implements ICommandHandler<UpdateTeamCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, teamId, expectedRevision, request }: UpdateTeamCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'teams.write', { teamIds: [teamId] });
    const id = teamId as TeamId;
    const actorId = principal.memberId as MemberId;
    const commands: TeamCommand[] = [];
    if (request.name !== undefined) commands.push({ type: 'rename-team', actorId, data: { teamId: id, name: request.name } });
    if (request.responsibleIds !== undefined) {
      commands.push({ type: 'change-team-responsibles', actorId, data: { teamId: id, responsibleIds: request.responsibleIds as MemberId[] } });
    }
    const written = await this.writes.write(
      { stream: organisationStreams.team(id), entity: { name: 'Team', id }, decider: teams, actorId, command: commands, context: undefined, expectedRevision },
      teamRow(id),
    );
    return { id, revision: written.revision };
  }
}

@CommandHandler(ArchiveTeamCommand)
export class ArchiveTeamHandler implements ICommandHandler<ArchiveTeamCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
  ) {}

  async execute({ principal, teamId, expectedRevision }: ArchiveTeamCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'teams.write', { teamIds: [teamId] });
    const id = teamId as TeamId;
    const actorId = principal.memberId as MemberId;
    const written = await this.writes.write(
      {
        stream: organisationStreams.team(id),
        entity: { name: 'Team', id },
        decider: teams,
        actorId,
        command: [{ type: 'archive-team', actorId, data: { teamId: id } }],
        context: undefined,
        expectedRevision,
      },
      teamRow(id),
    );
    return { id, revision: written.revision };
  }
}
