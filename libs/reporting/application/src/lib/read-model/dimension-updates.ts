import type { RecordedEvent } from '@billing/event-store';
import type { OrganisationContextEvent } from '@billing/organisation/domain';
import type { EntityManager } from 'typeorm';
import type { ProjectionRates } from './rate-book-updates';
import type { ReportTables } from './report-tables';
import { revalueRows } from './revaluation';
import { roundingColumns } from './rounding-sql';

/** Organisation events the report follows (for names, teams on a day, rounding, currency and the time zone). */
export const DIMENSION_EVENT_TYPES = [
  'organisation-set-up',
  'organisation-settings-changed',
  'member-registered',
  'member-details-changed',
  'team-created',
  'team-renamed',
  'member-assigned-to-team',
  'member-unassigned-from-team',
  'client-created',
  'client-details-changed',
  'client-currency-changed',
  'project-created',
  'project-details-changed',
  'task-added',
  'task-changed',
] as const satisfies readonly OrganisationContextEvent['type'][];

type DimensionEvent = Extract<
  OrganisationContextEvent,
  { type: (typeof DIMENSION_EVENT_TYPES)[number] }
>;

export const DIMENSION_STREAM_PREFIXES = [
  'organisation-',
  'member-',
  'team-',
  'client-',
  'project-',
];

export function isDimensionEvent(event: RecordedEvent): boolean {
  return (DIMENSION_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** SQL that recomputes the team of the matching live entries from the membership history (`e` is the entries alias). */
const teamOnDaySql = (t: ReportTables) =>
  `(select m.team_id from ${t.memberships} m where m.member_id = e.member_id and m.from_date <= e.local_day
     order by m.from_date desc limit 1)`;

/**
 * Applies one organisation event: the dimension table, then the entries it changes (names, team on the day,
 * billable seconds and value of unbilled entries, the calendar keys). Only live rows are fanned out to: a deleted or
 * running entry gets every derived column afresh from the dimensions with its next event. Rows changed in what a
 * report counts get a new version from the event's recorded-at (`changed_at`).
 */
export async function applyDimensionEvent(
  em: EntityManager,
  t: ReportTables,
  recorded: RecordedEvent,
  rates: ProjectionRates,
): Promise<void> {
  const event = { type: recorded.type, data: recorded.data } as DimensionEvent;
  const at = recorded.metadata.recordedAt;
  const revalue = async (sql: string, parameters: unknown[]) => {
    await revalueRows(em, t, await rates.book(), { sql, parameters }, at);
  };
  switch (event.type) {
    case 'organisation-set-up':
      await em.query(
        `insert into ${t.settings} (id, time_zone, organisation_id) values (1, $1, $2)
         on conflict (id) do update set organisation_id = excluded.organisation_id`,
        [event.data.timeZone, event.data.organisationId],
      );
      await setTimeZone(em, t, event.data.timeZone, at);
      return revalue('true', []);
    case 'organisation-settings-changed':
      if (event.data.changes.timeZone !== undefined) {
        await setTimeZone(em, t, event.data.changes.timeZone, at);
        await revalue('true', []);
      }
      return;
    case 'member-registered':
      await em.query(
        `insert into ${t.members} (member_id, name) values ($1, $2) on conflict (member_id) do update set name = excluded.name`,
        [event.data.memberId, event.data.name],
      );
      return;
    case 'member-details-changed':
      if (event.data.name === undefined) return;
      await em.query(`update ${t.members} set name = $2 where member_id = $1`, [
        event.data.memberId,
        event.data.name,
      ]);
      await em.query(
        `update ${t.entries} set member_name = $2 where member_id = $1 and live and member_name <> $2`,
        [event.data.memberId, event.data.name],
      );
      return;
    case 'team-created':
    case 'team-renamed':
      await em.query(
        `insert into ${t.teams} (team_id, name) values ($1, $2) on conflict (team_id) do update set name = excluded.name`,
        [event.data.teamId, event.data.name],
      );
      return;
    case 'member-assigned-to-team':
    case 'member-unassigned-from-team': {
      const teamId =
        event.type === 'member-assigned-to-team' ? event.data.teamId : null;
      await em.query(
        `insert into ${t.memberships} (member_id, from_date, team_id) values ($1, $2, $3)
         on conflict (member_id, from_date) do update set team_id = excluded.team_id`,
        [event.data.memberId, event.data.from, teamId],
      );
      await em.query(
        `update ${t.entries} e set team_id = ${teamOnDaySql(t)}, changed_at = greatest(e.changed_at, $3::timestamptz)
          where e.member_id = $1 and e.local_day >= $2 and e.live and e.team_id is distinct from ${teamOnDaySql(t)}`,
        [event.data.memberId, event.data.from, at],
      );
      return;
    }
    case 'client-created':
      await em.query(
        `insert into ${t.clients} (client_id, name, currency) values ($1, $2, $3)
         on conflict (client_id) do update set name = excluded.name, currency = excluded.currency`,
        [event.data.clientId, event.data.name, event.data.currency],
      );
      return;
    case 'client-details-changed':
      if (event.data.name === undefined) return;
      await em.query(`update ${t.clients} set name = $2 where client_id = $1`, [
        event.data.clientId,
        event.data.name,
      ]);
      await em.query(
        `update ${t.entries} set client_name = $2 where client_id = $1 and live and client_name <> $2`,
        [event.data.clientId, event.data.name],
      );
      return;
    case 'client-currency-changed':
      await em.query(
        `update ${t.clients} set currency = $2 where client_id = $1`,
        [event.data.clientId, event.data.currency],
      );
      await em.query(
        `update ${t.entries} set currency = $2, changed_at = greatest(changed_at, $3::timestamptz)
          where client_id = $1 and live and not billed`,
        [event.data.clientId, event.data.currency, at],
      );
      return revalue('e.client_id = $3::uuid', [event.data.clientId]);
    case 'project-created': {
      const rounding = roundingColumns(event.data.timeRounding);
      await em.query(
        `insert into ${t.projects} (project_id, client_id, name, rounding_mode, rounding_increment_seconds) values ($1, $2, $3, $4, $5)
         on conflict (project_id) do update set client_id = excluded.client_id, name = excluded.name,
           rounding_mode = excluded.rounding_mode, rounding_increment_seconds = excluded.rounding_increment_seconds`,
        [
          event.data.projectId,
          event.data.clientId,
          event.data.name,
          rounding.mode,
          rounding.incrementSeconds,
        ],
      );
      return;
    }
    case 'project-details-changed':
      if (event.data.name !== undefined) {
        await em.query(
          `update ${t.projects} set name = $2 where project_id = $1`,
          [event.data.projectId, event.data.name],
        );
        await em.query(
          `update ${t.entries} set project_name = $2 where project_id = $1 and live and project_name <> $2`,
          [event.data.projectId, event.data.name],
        );
      }
      if (event.data.timeRounding !== undefined) {
        const rounding = roundingColumns(event.data.timeRounding);
        await em.query(
          `update ${t.projects} set rounding_mode = $2, rounding_increment_seconds = $3 where project_id = $1`,
          [event.data.projectId, rounding.mode, rounding.incrementSeconds],
        );
        // Billed entries keep the seconds (and amount) they were billed with.
        await revalue('e.project_id = $3::uuid and e.billable', [
          event.data.projectId,
        ]);
      }
      return;
    case 'task-added':
      await em.query(
        `insert into ${t.tasks} (task_id, project_id, name) values ($1, $2, $3)
         on conflict (task_id) do update set project_id = excluded.project_id, name = excluded.name`,
        [event.data.taskId, event.data.projectId, event.data.name],
      );
      return;
    case 'task-changed':
      if (event.data.name === undefined) return;
      await em.query(`update ${t.tasks} set name = $2 where task_id = $1`, [
        event.data.taskId,
        event.data.name,
      ]);
      await em.query(
        `update ${t.entries} set task_name = $2 where task_id = $1 and live and task_name is distinct from $2`,
        [event.data.taskId, event.data.name],
      );
      return;
    default: {
      const unexpected: never = event;
      throw new Error(
        `Unexpected dimension event ${JSON.stringify(unexpected)}`,
      );
    }
  }
}

/** A new zone moves the calendar keys (and with them the team on the day) of every live entry. */
async function setTimeZone(
  em: EntityManager,
  t: ReportTables,
  timeZone: string,
  at: string,
): Promise<void> {
  const rows: Array<{ time_zone: string }> = await em.query(
    `select time_zone from ${t.settings} where id = 1`,
  );
  await em.query(
    `insert into ${t.settings} (id, time_zone) values (1, $1) on conflict (id) do update set time_zone = excluded.time_zone`,
    [timeZone],
  );
  if (rows[0]?.time_zone === timeZone) return;
  await em.query(
    `update ${t.entries} set local_day = (started_at at time zone $1)::date,
        week_key = to_char((started_at at time zone $1)::date, 'IYYY-"W"IW'),
        month_key = to_char((started_at at time zone $1)::date, 'YYYY-MM'),
        changed_at = greatest(changed_at, $2::timestamptz)
      where live and local_day <> (started_at at time zone $1)::date`,
    [timeZone, at],
  );
  await em.query(
    `update ${t.entries} e set team_id = ${teamOnDaySql(t)}, changed_at = greatest(e.changed_at, $1::timestamptz)
      where e.live and e.team_id is distinct from ${teamOnDaySql(t)}`,
    [at],
  );
}
