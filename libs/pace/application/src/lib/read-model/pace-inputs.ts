import type { EntityManager } from 'typeorm';
import { type ScheduleVersion, type TimeOffSpan, type WeekdaySeconds } from '@billing/pace/domain';
import { type TeamMembershipChange } from '@billing/organisation/domain';
import { type LocalDate, type TeamId, type TimeZone, UTC, isValidTimeZone } from '@billing/shared/kernel';

type Db = Pick<EntityManager, 'query'>;

export async function timeZoneOf(db: Db): Promise<TimeZone> {
  const rows: { time_zone: string }[] = await db.query('select time_zone from pace_settings where id = 1');
  const zone = rows[0]?.time_zone;
  return isValidTimeZone(zone) ? zone : UTC;
}

export async function schedulesOf(db: Db, memberIds: readonly string[]): Promise<Map<string, ScheduleVersion[]>> {
  const rows: { member_id: string; valid_from: LocalDate; weekday_seconds: number[] }[] = await db.query(
    'select member_id, valid_from, weekday_seconds from pace_schedules where member_id = any($1) order by valid_from',
    [memberIds],
  );
  const byMember = new Map<string, ScheduleVersion[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ validFrom: row.valid_from, weekdaySeconds: row.weekday_seconds as unknown as WeekdaySeconds });
    byMember.set(row.member_id, list);
  }
  return byMember;
}

export async function holidaysBetween(db: Db, from: LocalDate, to: LocalDate): Promise<Set<string>> {
  const rows: { date: string }[] = await db.query('select date from pace_holidays where date between $1 and $2', [from, to]);
  return new Set(rows.map((row) => row.date));
}

export async function timeOffOf(db: Db, memberIds: readonly string[], from: LocalDate, to: LocalDate): Promise<Map<string, TimeOffSpan[]>> {
  const rows: { member_id: string; from_date: LocalDate; to_date: LocalDate; seconds_per_day: number | null }[] = await db.query(
    'select member_id, from_date, to_date, seconds_per_day from pace_time_off where member_id = any($1) and from_date <= $3 and to_date >= $2',
    [memberIds, from, to],
  );
  const byMember = new Map<string, TimeOffSpan[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ from: row.from_date, to: row.to_date, secondsPerDay: row.seconds_per_day });
    byMember.set(row.member_id, list);
  }
  return byMember;
}

/** Seconds of finished, not deleted entries per member and local day. */
export async function trackedOf(db: Db, memberIds: readonly string[], from: LocalDate, to: LocalDate): Promise<Map<string, Map<LocalDate, number>>> {
  const rows: { member_id: string; local_day: LocalDate; seconds: string }[] = await db.query(
    `select member_id, local_day, sum(extract(epoch from ended_at - started_at))::bigint as seconds
       from pace_entries
      where member_id = any($1) and local_day between $2 and $3 and not deleted and ended_at is not null
      group by member_id, local_day`,
    [memberIds, from, to],
  );
  const byMember = new Map<string, Map<LocalDate, number>>();
  for (const row of rows) {
    const days = byMember.get(row.member_id) ?? new Map<LocalDate, number>();
    days.set(row.local_day, Number(row.seconds));
    byMember.set(row.member_id, days);
  }
  return byMember;
}

export async function membershipsOf(db: Db, memberIds: readonly string[]): Promise<Map<string, TeamMembershipChange[]>> {
  const rows: { member_id: string; from_date: LocalDate; team_id: TeamId | null }[] = await db.query(
    'select member_id, from_date, team_id from pace_team_memberships where member_id = any($1) order by from_date',
    [memberIds],
  );
  const byMember = new Map<string, TeamMembershipChange[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push({ from: row.from_date, teamId: row.team_id });
    byMember.set(row.member_id, list);
  }
  return byMember;
}
