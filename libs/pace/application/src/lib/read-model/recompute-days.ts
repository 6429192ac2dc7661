import type { EntityManager } from 'typeorm';
import { memberPaceDays } from '@billing/pace/domain';
import { teamOfMemberOn } from '@billing/organisation/domain';
import type { LocalDate } from '@billing/shared/kernel';
import { holidaysBetween, membershipsOf, schedulesOf, timeOffOf, trackedOf } from './pace-inputs';

/**
 * Recomputes `pace_days` of members over a range from the look-up tables with the domain's `memberPaceDays`. Only
 * days with something expected or tracked are stored; a missing row means zeros.
 */
export async function recomputeDays(em: EntityManager, memberIds: readonly string[], from: LocalDate, to: LocalDate): Promise<void> {
  if (memberIds.length === 0 || to < from) return;
  // One after the other: inside the projection's transaction they share one connection.
  const schedules = await schedulesOf(em, memberIds);
  const holidays = await holidaysBetween(em, from, to);
  const timeOff = await timeOffOf(em, memberIds, from, to);
  const tracked = await trackedOf(em, memberIds, from, to);
  const memberships = await membershipsOf(em, memberIds);
  await em.query('delete from pace_days where member_id = any($1) and day between $2 and $3', [memberIds, from, to]);
  const columns: { member: string[]; day: string[]; team: (string | null)[]; expected: number[]; tracked: number[]; missing: number[] } = {
    member: [],
    day: [],
    team: [],
    expected: [],
    tracked: [],
    missing: [],
  };
  for (const memberId of memberIds) {
    const memberSchedules = schedules.get(memberId) ?? [];
    const memberTracked = tracked.get(memberId) ?? new Map<LocalDate, number>();
    if (memberSchedules.length === 0 && memberTracked.size === 0) continue;
    const calendar = { schedules: memberSchedules, isHoliday: (date: LocalDate) => holidays.has(date), timeOff: timeOff.get(memberId) ?? [] };
    const history = memberships.get(memberId) ?? [];
    for (const day of memberPaceDays(calendar, memberTracked, from, to)) {
      if (day.expectedSeconds === 0 && day.trackedSeconds === 0) continue;
      columns.member.push(memberId);
      columns.day.push(day.date);
      columns.team.push(teamOfMemberOn(history, day.date) ?? null);
      columns.expected.push(day.expectedSeconds);
      columns.tracked.push(day.trackedSeconds);
      columns.missing.push(day.missingSeconds);
    }
  }
  if (columns.member.length === 0) return;
  await em.query(
    `insert into pace_days (member_id, day, team_id, expected_seconds, tracked_seconds, missing_seconds)
     select * from unnest($1::uuid[], $2::text[], $3::uuid[], $4::integer[], $5::integer[], $6::integer[])`,
    [columns.member, columns.day, columns.team, columns.expected, columns.tracked, columns.missing],
  );
}

/** Members Pace knows anything about (a schedule or an entry). */
export async function pacedMembers(em: EntityManager): Promise<string[]> {
  const rows: { member_id: string }[] = await em.query('select member_id from pace_schedules union select member_id from pace_entries');
  return rows.map((row) => row.member_id);
}

/** The earliest date any member's Pace starts at (first schedule or first entry). */
export async function earliestPaceDate(em: EntityManager): Promise<LocalDate | null> {
  const rows: { first: LocalDate | null }[] = await em.query(
    'select least((select min(valid_from) from pace_schedules), (select min(local_day) from pace_entries)) as first',
  );
  return rows[0]?.first ?? null;
}
