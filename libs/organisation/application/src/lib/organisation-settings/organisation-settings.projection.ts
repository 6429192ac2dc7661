import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { OrganisationEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { asDomainEvent } from '../shared/read/recorded';
import { OrganisationSettingsRow } from './organisation-settings.entity';

const EVENT_TYPES: readonly OrganisationEvent['type'][] = ['organisation-set-up', 'organisation-settings-changed'];

/** `org_settings`: the organisation's settings, one row per organisation. */
@Injectable()
export class OrganisationSettingsProjection implements Projection {
  readonly name = 'organisation-settings';
  readonly filter = { streamPrefixes: ['organisation-'], eventTypes: EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(OrganisationSettingsRow);
    for (const recorded of events) {
      const event = asDomainEvent<OrganisationEvent>(recorded);
      switch (event.type) {
        case 'organisation-set-up': {
          const { organisationId, ...settings } = event.data;
          await rows.save({ organisationId, ...settings, revision: recorded.revision });
          break;
        }
        case 'organisation-settings-changed':
          await rows.update(
            { organisationId: event.data.organisationId },
            { ...event.data.changes, revision: recorded.revision },
          );
          break;
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_settings');
  }
}
