import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  organisationStreams,
  teamMembershipDecider,
  type TeamMembershipCommand,
  type TeamMembershipDecisionContext,
} from '@billing/organisation/domain';
import { NotFoundError, type LocalDate, type MemberId, type TeamId } from '@billing/shared/kernel';
import { OrganisationWrites } from '../shared/write/organisation-writes';
import { StreamLookups } from '../shared/write/stream-lookups';
import type { WriteResult } from '../shared/write/write-result';
import { MoveMemberCommand } from './member.commands';

/** Moves a member to a team (or to none) from a date on; the member's history stays. */
@CommandHandler(MoveMemberCommand)
export class MoveMemberHandler implements ICommandHandler<MoveMemberCommand> {
  constructor(
    private readonly writes: OrganisationWrites,
    private readonly policy: AccessPolicy,
    private readonly lookups: StreamLookups,
  ) {}

  async execute({ principal, memberId, request, expectedRevision }: MoveMemberCommand): Promise<WriteResult> {
    this.policy.assert(principal, 'teams.write');
    const actorId = principal.memberId as MemberId;
    const member = await this.lookups.member(memberId);
    if (member.status === 'unregistered') throw new NotFoundError('Member', memberId);
    const context: TeamMembershipDecisionContext = { memberActive: member.status === 'active' };
    let command: TeamMembershipCommand;
    if (request.teamId === null) {
      command = { type: 'unassign-member-from-team', actorId, data: { memberId: memberId as MemberId, from: request.from as LocalDate } };
    } else {
      const team = await this.lookups.team(request.teamId);
      if (team.status !== 'none') context.team = { archived: team.status === 'archived' };
      command = {
        type: 'assign-member-to-team',
        actorId,
        data: { memberId: memberId as MemberId, teamId: request.teamId as TeamId, from: request.from as LocalDate },
      };
    }
    const written = await this.writes.write(
      {
        stream: organisationStreams.teamMembership(memberId),
        entity: { name: 'Member', id: memberId },
        decider: teamMembershipDecider,
        actorId,
        command,
        context,
        expectedRevision,
      },
      { table: 'org_team_memberships', key: { member_id: memberId } },
    );
    return { id: memberId, revision: written.revision };
  }
}
