import { Injectable } from '@nestjs/common';
import type {
  Projection,
  ProjectionContext,
  RecordedEvent,
} from '@billing/event-store';
import type {
  ClientEvent,
  ProjectEvent,
  TeamEvent,
} from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import {
  RESPONSIBLE_EVENT_TYPES,
  responsiblesSetBy,
} from './responsible-changes';

export const ACCESS_RESPONSIBILITIES_PROJECTION = 'access-responsibilities';

/** Keeps `access_responsibilities` in step with the responsibles of teams, clients and projects. */
@Injectable()
export class AccessResponsibilitiesProjection implements Projection {
  readonly name = ACCESS_RESPONSIBILITIES_PROJECTION;
  readonly filter = {
    streamPrefixes: ['team-', 'client-', 'project-'],
    eventTypes: RESPONSIBLE_EVENT_TYPES,
  };

  async apply(
    events: RecordedEvent[],
    em: EntityManager,
    _context: ProjectionContext,
  ): Promise<void> {
    for (const recorded of events) {
      const change = responsiblesSetBy({
        type: recorded.type,
        data: recorded.data,
      } as TeamEvent | ClientEvent | ProjectEvent);
      if (change === undefined) continue;
      await em.query(
        'DELETE FROM access_responsibilities WHERE resource_kind = $1 AND resource_id = $2',
        [change.kind, change.resourceId],
      );
      if (change.responsibleIds.length === 0) continue;
      await em.query(
        `INSERT INTO access_responsibilities (resource_kind, resource_id, member_id)
         SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
        [change.kind, change.resourceId, [...new Set(change.responsibleIds)]],
      );
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('DELETE FROM access_responsibilities');
  }
}
