import { Injectable } from '@nestjs/common';
import type {
  Projection,
  ProjectionContext,
  RecordedEvent,
} from '@billing/event-store';
import type { MemberEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';

export const ACCESS_MEMBERS_PROJECTION = 'access-members';

const MEMBER_EVENT_TYPES: readonly MemberEvent['type'][] = [
  'member-registered',
  'member-details-changed',
  'member-roles-changed',
  'member-deactivated',
  'member-reactivated',
];

/** Keeps `access_members` in step with the organisation's member streams. */
@Injectable()
export class AccessMembersProjection implements Projection {
  readonly name = ACCESS_MEMBERS_PROJECTION;
  readonly filter = {
    streamPrefixes: ['member-'],
    eventTypes: MEMBER_EVENT_TYPES,
  };

  async apply(
    events: RecordedEvent[],
    em: EntityManager,
    _context: ProjectionContext,
  ): Promise<void> {
    for (const recorded of events) {
      await this.applyOne(
        { type: recorded.type, data: recorded.data } as MemberEvent,
        recorded.revision,
        em,
      );
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('DELETE FROM access_members');
  }

  private async applyOne(
    event: MemberEvent,
    revision: number,
    em: EntityManager,
  ): Promise<void> {
    const { memberId } = event.data;
    switch (event.type) {
      case 'member-registered':
        await em.query(
          `INSERT INTO access_members (member_id, name, email, roles, active, stream_revision)
           VALUES ($1, $2, $3, $4, true, $5)
           ON CONFLICT (member_id) DO UPDATE
             SET name = excluded.name, email = excluded.email, roles = excluded.roles,
                 active = true, stream_revision = excluded.stream_revision`,
          [
            memberId,
            event.data.name,
            event.data.email,
            event.data.roles,
            revision,
          ],
        );
        return;
      case 'member-details-changed':
        await em.query(
          `UPDATE access_members
              SET name = coalesce($2, name), email = coalesce($3, email), stream_revision = $4
            WHERE member_id = $1`,
          [
            memberId,
            event.data.name ?? null,
            event.data.email ?? null,
            revision,
          ],
        );
        return;
      case 'member-roles-changed':
        await this.update(em, memberId, revision, 'roles = $3', [
          event.data.roles,
        ]);
        return;
      case 'member-deactivated':
        await this.update(em, memberId, revision, 'active = false');
        return;
      case 'member-reactivated':
        await this.update(em, memberId, revision, 'active = true');
        return;
      default: {
        const unknown: never = event;
        return unknown;
      }
    }
  }

  private async update(
    em: EntityManager,
    memberId: string,
    revision: number,
    assignment: string,
    values: unknown[] = [],
  ): Promise<void> {
    await em.query(
      `UPDATE access_members SET ${assignment}, stream_revision = $2 WHERE member_id = $1`,
      [memberId, revision, ...values],
    );
  }
}
