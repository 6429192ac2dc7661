import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { MemberEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { asDomainEvent } from '../shared/read/recorded';
import { MemberRow } from './member.entity';

const EVENT_TYPES: readonly MemberEvent['type'][] = [
  'member-registered',
  'member-details-changed',
  'member-roles-changed',
  'member-deactivated',
  'member-reactivated',
];

/** `org_members`: the members list (name, e-mail, roles, status). */
@Injectable()
export class MembersProjection implements Projection {
  readonly name = 'organisation-members';
  readonly filter = { streamPrefixes: ['member-'], eventTypes: EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(MemberRow);
    for (const recorded of events) {
      const event = asDomainEvent<MemberEvent>(recorded);
      const id = event.data.memberId;
      const revision = recorded.revision;
      switch (event.type) {
        case 'member-registered':
          await rows.save({
            id,
            name: event.data.name,
            email: event.data.email,
            roles: event.data.roles,
            status: 'active',
            revision,
          });
          break;
        case 'member-details-changed':
          await rows.update(id, {
            ...(event.data.name === undefined ? {} : { name: event.data.name }),
            ...(event.data.email === undefined ? {} : { email: event.data.email }),
            revision,
          });
          break;
        case 'member-roles-changed':
          await rows.update(id, { roles: event.data.roles, revision });
          break;
        case 'member-deactivated':
          await rows.update(id, { status: 'deactivated', revision });
          break;
        case 'member-reactivated':
          await rows.update(id, { status: 'active', revision });
          break;
        default: {
          const unknown: never = event;
          return unknown;
        }
      }
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_members');
  }
}
