import { Injectable } from '@nestjs/common';
import type { Projection, ProjectionContext, RecordedEvent } from '@billing/event-store';
import type { EntityManager } from 'typeorm';
import { ClientsProjection } from './clients/clients.projection';
import { MembersProjection } from './members/members.projection';
import { MilestonesProjection } from './milestones/milestones.projection';
import { OrganisationSettingsProjection } from './organisation-settings/organisation-settings.projection';
import { ProjectsProjection } from './projects/projects.projection';
import { TasksProjection } from './tasks/tasks.projection';
import { TeamMembershipsProjection } from './teams/team-memberships.projection';
import { TeamsProjection } from './teams/teams.projection';

function matches(projection: Projection, event: RecordedEvent): boolean {
  const { streamPrefixes, eventTypes } = projection.filter ?? {};
  return (
    (streamPrefixes === undefined || streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) &&
    (eventTypes === undefined || eventTypes.includes(event.type))
  );
}

/**
 * Runs the organisation's read models as one subscription. Each projection runner holds a pooled connection for
 * its advisory lock, so eight separate subscriptions would take most of the api's pool; one subscription with one
 * checkpoint keeps all organisation lists consistent with each other too. Each read model stays a unit of its own
 * (folder, filter, apply, reset, test); a rebuild rebuilds them together.
 */
@Injectable()
export class OrganisationReadModelsProjection implements Projection {
  readonly name = 'organisation-read-models';
  private readonly parts: Projection[];
  readonly filter: Projection['filter'];

  constructor(
    settings: OrganisationSettingsProjection,
    members: MembersProjection,
    teams: TeamsProjection,
    memberships: TeamMembershipsProjection,
    clients: ClientsProjection,
    projects: ProjectsProjection,
    tasks: TasksProjection,
    milestones: MilestonesProjection,
  ) {
    this.parts = [settings, members, teams, memberships, clients, projects, tasks, milestones];
    this.filter = {
      streamPrefixes: [...new Set(this.parts.flatMap((part) => part.filter?.streamPrefixes ?? []))],
      eventTypes: [...new Set(this.parts.flatMap((part) => part.filter?.eventTypes ?? []))],
    };
  }

  async apply(events: RecordedEvent[], em: EntityManager, context: ProjectionContext): Promise<void> {
    for (const part of this.parts) {
      const relevant = events.filter((event) => matches(part, event));
      if (relevant.length > 0) await part.apply(relevant, em, context);
    }
  }

  async reset(em: EntityManager, context: ProjectionContext): Promise<void> {
    for (const part of this.parts) await part.reset?.(em, context);
  }
}
