import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import type { TeamMembershipEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import { asDomainEvent } from '../shared/read/recorded';

const EVENT_TYPES: readonly TeamMembershipEvent['type'][] = [
  'member-assigned-to-team',
  'member-unassigned-from-team',
];

/**
 * `org_team_memberships`: each change replaces any change on the same date (as the decider does), then every
 * row's `until` is recomputed as the next change's date, and all rows of the member take the new revision.
 */
@Injectable()
export class TeamMembershipsProjection implements Projection {
  readonly name = 'organisation-team-memberships';
  readonly filter = { streamPrefixes: ['team-membership-'], eventTypes: EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = asDomainEvent<TeamMembershipEvent>(recorded);
      const teamId = event.type === 'member-assigned-to-team' ? event.data.teamId : null;
      await em.query(
        `insert into org_team_memberships (member_id, from_date, team_id, revision) values ($1, $2, $3, $4)
         on conflict (member_id, from_date) do update set team_id = excluded.team_id`,
        [event.data.memberId, event.data.from, teamId, recorded.revision],
      );
      await em.query(
        `update org_team_memberships m
            set until_date = ordered.next_from, revision = $2
           from (select from_date, lead(from_date) over (order by from_date) as next_from
                   from org_team_memberships where member_id = $1) ordered
          where m.member_id = $1 and m.from_date = ordered.from_date`,
        [event.data.memberId, recorded.revision],
      );
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from org_team_memberships');
  }
}
