import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import { ChangeClientStatusHandler, CreateClientHandler, UpdateClientHandler } from './clients/client.handlers';
import { GetClientHandler, ListClientsHandler } from './clients/client.queries';
import { ClientsController } from './clients/clients.controller';
import { EmailReservations } from './members/email-reservations';
import { ChangeMemberStatusHandler, CreateMemberHandler, UpdateMemberHandler } from './members/member.handlers';
import { GetMemberHandler, GetMemberTeamHistoryHandler, ListMembersHandler } from './members/member.queries';
import { MembersController } from './members/members.controller';
import { MoveMemberHandler } from './members/move-member.handler';
import { AddMilestoneHandler, ChangeMilestoneHandler, CompleteMilestoneHandler } from './milestones/milestone.handlers';
import { GetMilestoneHandler, ListMilestonesHandler } from './milestones/milestone.queries';
import { MilestonesController } from './milestones/milestones.controller';
import { OrganisationSettingsController } from './organisation-settings/organisation-settings.controller';
import { ChangeOrganisationSettingsHandler, SetUpOrganisationHandler } from './organisation-settings/organisation-settings.handlers';
import { GetOrganisationSettingsHandler } from './organisation-settings/organisation-settings.query';
import { ChangeProjectStatusHandler, CreateProjectHandler, UpdateProjectHandler } from './projects/project.handlers';
import { GetProjectHandler, ListProjectsHandler } from './projects/project.queries';
import { ProjectWriteAccess } from './projects/project-write-access';
import { ProjectsController } from './projects/projects.controller';
import { ORGANISATION_PROJECTIONS, ORGANISATION_READ_MODEL_PROJECTIONS } from './read-models';
import { DemoOrganisationSeeder } from './seed/demo-organisation.seeder';
import { OrganisationToday } from './shared/read/organisation-today';
import { ReadYourWrites } from './shared/read/read-your-writes';
import { OrganisationWrites } from './shared/write/organisation-writes';
import { StreamLookups } from './shared/write/stream-lookups';
import { StreamWriter } from './shared/write/stream-writer';
import { AddTaskHandler, ArchiveTaskHandler, ChangeTaskHandler } from './tasks/task.handlers';
import { GetTaskHandler, ListTasksHandler } from './tasks/task.queries';
import { TasksController } from './tasks/tasks.controller';
import { ArchiveTeamHandler, CreateTeamHandler, UpdateTeamHandler } from './teams/team.handlers';
import { GetTeamHandler, ListTeamMembersOnHandler, ListTeamsHandler } from './teams/team.queries';
import { TeamsController } from './teams/teams.controller';

const COMMAND_HANDLERS = [
  SetUpOrganisationHandler,
  ChangeOrganisationSettingsHandler,
  CreateMemberHandler,
  UpdateMemberHandler,
  ChangeMemberStatusHandler,
  MoveMemberHandler,
  CreateTeamHandler,
  UpdateTeamHandler,
  ArchiveTeamHandler,
  CreateClientHandler,
  UpdateClientHandler,
  ChangeClientStatusHandler,
  CreateProjectHandler,
  UpdateProjectHandler,
  ChangeProjectStatusHandler,
  AddTaskHandler,
  ChangeTaskHandler,
  ArchiveTaskHandler,
  AddMilestoneHandler,
  ChangeMilestoneHandler,
  CompleteMilestoneHandler,
];

const QUERY_HANDLERS = [
  GetOrganisationSettingsHandler,
  ListMembersHandler,
  GetMemberHandler,
  GetMemberTeamHistoryHandler,
  ListTeamsHandler,
  GetTeamHandler,
  ListTeamMembersOnHandler,
  ListClientsHandler,
  GetClientHandler,
  ListProjectsHandler,
  GetProjectHandler,
  ListTasksHandler,
  GetTaskHandler,
  ListMilestonesHandler,
  GetMilestoneHandler,
];

/**
 * The organisation context's HTTP API, command and query handlers, read-model projections and demo seed. Needs
 * from the host: AggregateRepository (EventSourcingModule), a TypeORM DataSource with ORGANISATION_ENTITIES,
 * CLOCK, and the access module (AccessPolicy, MemberAccounts, the permission guard).
 */
@Module({
  imports: [CqrsModule, AccessModule],
  controllers: [
    OrganisationSettingsController,
    MembersController,
    TeamsController,
    ClientsController,
    ProjectsController,
    TasksController,
    MilestonesController,
  ],
  providers: [
    StreamWriter,
    StreamLookups,
    ReadYourWrites,
    OrganisationWrites,
    OrganisationToday,
    EmailReservations,
    ProjectWriteAccess,
    DemoOrganisationSeeder,
    ...COMMAND_HANDLERS,
    ...QUERY_HANDLERS,
    ...ORGANISATION_READ_MODEL_PROJECTIONS,
    ...ORGANISATION_PROJECTIONS,
  ],
  exports: [...ORGANISATION_PROJECTIONS, DemoOrganisationSeeder],
})
export class OrganisationApplicationModule {}
