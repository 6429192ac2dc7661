import { ClientEvent } from './client/client.events';
import { MemberEvent } from './member/member.events';
import { OrganisationEvent } from './organisation/organisation.events';
import { ProjectEvent } from './project/project.events';
import { TeamEvent, TeamMembershipEvent } from './team/team.events';

export type OrganisationContextEvent =
  | OrganisationEvent
  | MemberEvent
  | TeamEvent
  | TeamMembershipEvent
  | ClientEvent
  | ProjectEvent;

export type OrganisationContextEventType = OrganisationContextEvent['type'];

/**
 * Stored schema version of every event this context writes. Bump a version only together with an upcaster that
 * lifts the older shape; never rename a type.
 */
export const ORGANISATION_EVENT_SCHEMA_VERSIONS: Readonly<
  Record<OrganisationContextEventType, number>
> = {
  'organisation-set-up': 1,
  'organisation-settings-changed': 1,
  'member-registered': 1,
  'member-details-changed': 1,
  'member-roles-changed': 1,
  'member-deactivated': 1,
  'member-reactivated': 1,
  'team-created': 1,
  'team-renamed': 1,
  'team-responsibles-changed': 1,
  'team-archived': 1,
  'member-assigned-to-team': 1,
  'member-unassigned-from-team': 1,
  'client-created': 1,
  'client-details-changed': 1,
  'client-currency-changed': 1,
  'client-archived': 1,
  'client-unarchived': 1,
  'project-created': 1,
  'project-details-changed': 1,
  'project-billing-model-changed': 1,
  'project-responsibles-changed': 1,
  'project-members-changed': 1,
  'project-status-changed': 1,
  'task-added': 1,
  'task-changed': 1,
  'task-archived': 1,
  'milestone-added': 1,
  'milestone-changed': 1,
  'milestone-completed': 1,
  'milestone-removed': 1,
};

export const ORGANISATION_EVENT_TYPES = Object.keys(
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
) as OrganisationContextEventType[];

/** Stream names per aggregate, e.g. `project-<uuid>`. */
export const organisationStreams = {
  organisation: (organisationId: string) => `organisation-${organisationId}`,
  member: (memberId: string) => `member-${memberId}`,
  team: (teamId: string) => `team-${teamId}`,
  teamMembership: (memberId: string) => `team-membership-${memberId}`,
  client: (clientId: string) => `client-${clientId}`,
  project: (projectId: string) => `project-${projectId}`,
} as const;
