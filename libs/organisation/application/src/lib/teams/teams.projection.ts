import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { TeamEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { asDomainEvent } from '../shared/read/recorded';
import { TeamRow } from './team.entity';

const EVENT_TYPES: readonly TeamEvent['type'][] = [
  'team-created',
  'team-renamed',
  'team-responsibles-changed',
  'team-archived',
];

/** `org_teams`. The `team-` prefix also matches team-membership streams, hence the event-type filter. */
@Injectable()
export class TeamsProjection implements Projection {
  readonly name = 'organisation-teams';
  readonly filter = { streamPrefixes: ['team-'], eventTypes: EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(TeamRow);
    for (const recorded of events) {
      const event = asDomainEvent<TeamEvent>(recorded);
      const id = event.data.teamId;
      const revision = recorded.revision;
      switch (event.type) {
        case 'team-created':
          await rows.save({
            id,
            name: event.data.name,
            responsibleIds: event.data.responsibleIds,
            status: 'active',
            revision,
          });
          break;
        case 'team-renamed':
          await rows.update(id, { name: event.data.name, revision });
          break;
        case 'team-responsibles-changed':
          await rows.update(id, { responsibleIds: event.data.responsibleIds, revision });
          break;
        case 'team-archived':
          await rows.update(id, { status: 'archived', revision });
          break;
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_teams');
  }
}
