import { LocalDate, MemberId, TeamId } from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';

export type TeamCreated = DomainEvent<
  'team-created',
  { teamId: TeamId; name: string; responsibleIds: MemberId[] }
>;
export type TeamRenamed = DomainEvent<
  'team-renamed',
  { teamId: TeamId; name: string }
>;
export type TeamResponsiblesChanged = DomainEvent<
  'team-responsibles-changed',
  { teamId: TeamId; responsibleIds: MemberId[] }
>;
export type TeamArchived = DomainEvent<'team-archived', { teamId: TeamId }>;

export type TeamEvent =
  | TeamCreated
  | TeamRenamed
  | TeamResponsiblesChanged
  | TeamArchived;

/** Stream per member: which team they belong to from which local date on (effective-dated, history kept). */
export type MemberAssignedToTeam = DomainEvent<
  'member-assigned-to-team',
  { memberId: MemberId; teamId: TeamId; from: LocalDate }
>;
export type MemberUnassignedFromTeam = DomainEvent<
  'member-unassigned-from-team',
  { memberId: MemberId; from: LocalDate }
>;

export type TeamMembershipEvent =
  | MemberAssignedToTeam
  | MemberUnassignedFromTeam;
