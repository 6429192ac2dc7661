import { LocalDate, MemberId, TeamId } from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';

export type CreateTeam = DomainCommand<
  'create-team',
  { teamId: TeamId; name: string; responsibleIds: MemberId[] }
>;
export type RenameTeam = DomainCommand<
  'rename-team',
  { teamId: TeamId; name: string }
>;
export type ChangeTeamResponsibles = DomainCommand<
  'change-team-responsibles',
  { teamId: TeamId; responsibleIds: MemberId[] }
>;
export type ArchiveTeam = DomainCommand<'archive-team', { teamId: TeamId }>;

export type TeamCommand =
  | CreateTeam
  | RenameTeam
  | ChangeTeamResponsibles
  | ArchiveTeam;

export type AssignMemberToTeam = DomainCommand<
  'assign-member-to-team',
  { memberId: MemberId; teamId: TeamId; from: LocalDate }
>;
export type UnassignMemberFromTeam = DomainCommand<
  'unassign-member-from-team',
  { memberId: MemberId; from: LocalDate }
>;

export type TeamMembershipCommand = AssignMemberToTeam | UnassignMemberFromTeam;

/** What the handler looked up: the target team (undefined when it does not exist) and the member. */
export interface TeamMembershipDecisionContext {
  team?: { archived: boolean };
  memberActive?: boolean;
}
