import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { ClientEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { asDomainEvent } from '../shared/read/recorded';
import { ClientRow } from './client.entity';

const EVENT_TYPES: readonly ClientEvent['type'][] = [
  'client-created',
  'client-details-changed',
  'client-currency-changed',
  'client-archived',
  'client-unarchived',
];

/** `org_clients`. */
@Injectable()
export class ClientsProjection implements Projection {
  readonly name = 'organisation-clients';
  readonly filter = { streamPrefixes: ['client-'], eventTypes: EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(ClientRow);
    for (const recorded of events) {
      const event = asDomainEvent<ClientEvent>(recorded);
      const revision = recorded.revision;
      switch (event.type) {
        case 'client-created': {
          const { clientId, ...client } = event.data;
          await rows.save({ id: clientId, ...client, status: 'active', revision });
          break;
        }
        case 'client-details-changed': {
          const { clientId, ...changes } = event.data;
          await rows.update(clientId, { ...changes, revision });
          break;
        }
        case 'client-currency-changed':
          await rows.update(event.data.clientId, { currency: event.data.currency, revision });
          break;
        case 'client-archived':
          await rows.update(event.data.clientId, { status: 'archived', revision });
          break;
        case 'client-unarchived':
          await rows.update(event.data.clientId, { status: 'active', revision });
          break;
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_clients');
  }
}
