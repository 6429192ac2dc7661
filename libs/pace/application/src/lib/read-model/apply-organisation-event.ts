import type { EntityManager } from 'typeorm';
import type { MemberEvent, OrganisationEvent, TeamEvent, TeamMembershipEvent } from '@billing/organisation/domain';
import { type LocalDate, type TimeZone, isValidTimeZone, localDateOf } from '@billing/shared/kernel';
import { earliestPaceDate, pacedMembers, recomputeDays } from './recompute-days';
import { timeZoneOf } from './pace-inputs';

export type OrganisationInput = OrganisationEvent | Exclude<MemberEvent, { type: 'member-roles-changed' }> | TeamEvent | TeamMembershipEvent;

export const ORGANISATION_INPUT_TYPES: readonly OrganisationInput['type'][] = [
  'organisation-set-up',
  'organisation-settings-changed',
  'member-registered',
  'member-details-changed',
  'member-deactivated',
  'member-reactivated',
  'team-created',
  'team-renamed',
  'team-responsibles-changed',
  'team-archived',
  'member-assigned-to-team',
  'member-unassigned-from-team',
];

/** A new zone moves entries to other local days: every entry's day and every stored day is computed again. */
async function changeTimeZone(em: EntityManager, zone: string, horizon: LocalDate): Promise<void> {
  if (!isValidTimeZone(zone) || zone === (await timeZoneOf(em))) return;
  await em.query(
    `insert into pace_settings (id, time_zone, horizon) values (1, $1, null) on conflict (id) do update set time_zone = excluded.time_zone`,
    [zone],
  );
  const entries: { entry_id: string; started_at: Date }[] = await em.query('select entry_id, started_at from pace_entries');
  for (const entry of entries) {
    await em.query('update pace_entries set local_day = $2 where entry_id = $1', [entry.entry_id, localDateOf(entry.started_at, zone as TimeZone)]);
  }
  const first = await earliestPaceDate(em);
  if (first !== null) await recomputeDays(em, await pacedMembers(em), first, horizon);
}

export async function applyOrganisationEvent(em: EntityManager, event: OrganisationInput, horizon: LocalDate): Promise<void> {
  switch (event.type) {
    case 'organisation-set-up':
      return changeTimeZone(em, event.data.timeZone, horizon);
    case 'organisation-settings-changed':
      return event.data.changes.timeZone === undefined ? undefined : changeTimeZone(em, event.data.changes.timeZone, horizon);
    case 'member-registered':
      await em.query(
        `insert into pace_members (member_id, name, email, active) values ($1, $2, $3, true)
         on conflict (member_id) do update set name = excluded.name, email = excluded.email`,
        [event.data.memberId, event.data.name, event.data.email],
      );
      return;
    case 'member-details-changed':
      await em.query('update pace_members set name = coalesce($2, name), email = coalesce($3, email) where member_id = $1', [
        event.data.memberId,
        event.data.name ?? null,
        event.data.email ?? null,
      ]);
      return;
    case 'member-deactivated':
    case 'member-reactivated':
      await em.query('update pace_members set active = $2 where member_id = $1', [event.data.memberId, event.type === 'member-reactivated']);
      return;
    case 'team-created':
      await em.query(
        `insert into pace_teams (team_id, name, responsible_ids, archived) values ($1, $2, $3, false)
         on conflict (team_id) do update set name = excluded.name, responsible_ids = excluded.responsible_ids`,
        [event.data.teamId, event.data.name, event.data.responsibleIds],
      );
      return;
    case 'team-renamed':
      await em.query('update pace_teams set name = $2 where team_id = $1', [event.data.teamId, event.data.name]);
      return;
    case 'team-responsibles-changed':
      await em.query('update pace_teams set responsible_ids = $2 where team_id = $1', [event.data.teamId, event.data.responsibleIds]);
      return;
    case 'team-archived':
      await em.query('update pace_teams set archived = true where team_id = $1', [event.data.teamId]);
      return;
    case 'member-assigned-to-team':
    case 'member-unassigned-from-team': {
      const teamId = event.type === 'member-assigned-to-team' ? event.data.teamId : null;
      await em.query(
        `insert into pace_team_memberships (member_id, from_date, team_id) values ($1, $2, $3)
         on conflict (member_id, from_date) do update set team_id = excluded.team_id`,
        [event.data.memberId, event.data.from, teamId],
      );
      // The team column of the member's stored days from that date on.
      await em.query(
        `update pace_days d set team_id = (select m.team_id from pace_team_memberships m
                                            where m.member_id = d.member_id and m.from_date <= d.day
                                            order by m.from_date desc limit 1)
          where d.member_id = $1 and d.day >= $2`,
        [event.data.memberId, event.data.from],
      );
      return;
    }
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
