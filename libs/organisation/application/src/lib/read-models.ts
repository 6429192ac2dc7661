import { OrganisationReadModelsProjection } from './organisation-read-models.projection';
import { ClientRow } from './clients/client.entity';
import { ClientsProjection } from './clients/clients.projection';
import { CreateOrganisationReadModels1767500000000 } from './migrations/1767500000000-create-organisation-read-models';
import { MemberEmailReservationRow, MemberRow } from './members/member.entity';
import { MembersProjection } from './members/members.projection';
import { MilestoneRow } from './milestones/milestone.entity';
import { MilestonesProjection } from './milestones/milestones.projection';
import { OrganisationSettingsRow } from './organisation-settings/organisation-settings.entity';
import { OrganisationSettingsProjection } from './organisation-settings/organisation-settings.projection';
import { ProjectRow } from './projects/project.entity';
import { ProjectsProjection } from './projects/projects.projection';
import { TaskRow } from './tasks/task.entity';
import { TasksProjection } from './tasks/tasks.projection';
import { TeamMembershipRow, TeamRow } from './teams/team.entity';
import { TeamMembershipsProjection } from './teams/team-memberships.projection';
import { TeamsProjection } from './teams/teams.projection';

/** TypeORM entities of the organisation read models (add them to the host's DataSource). */
export const ORGANISATION_ENTITIES = [
  OrganisationSettingsRow,
  MemberRow,
  MemberEmailReservationRow,
  TeamRow,
  TeamMembershipRow,
  ClientRow,
  ProjectRow,
  TaskRow,
  MilestoneRow,
];

/** Migrations of the organisation read models, in order. */
export const ORGANISATION_MIGRATIONS = [CreateOrganisationReadModels1767500000000];

/** The read models' projections, each a unit (the module provides them). */
export const ORGANISATION_READ_MODEL_PROJECTIONS = [
  OrganisationSettingsProjection,
  MembersProjection,
  TeamsProjection,
  TeamMembershipsProjection,
  ClientsProjection,
  ProjectsProjection,
  TasksProjection,
  MilestonesProjection,
];

/** What to register with `ProjectionsModule.forRoot`: one subscription feeding all of the above. */
export const ORGANISATION_PROJECTIONS = [OrganisationReadModelsProjection];
