import type { DataSource } from 'typeorm';
import { type PaceDay, datesBetween, paceDay } from '@billing/pace/domain';
import type { LocalDate } from '@billing/shared/kernel';
import { type PaceReach, reachCondition } from '../shared/pace-access';

export interface PaceMemberDays {
  memberId: string;
  name: string;
  teamId: string | null;
  days: PaceDay[];
}

export interface PaceRowFilter {
  memberId?: string;
  teamId?: string;
  from: LocalDate;
  to: LocalDate;
  reach: PaceReach;
  activeOnly?: boolean;
}

/**
 * Stored days (only days with something expected or tracked are stored) filled up with zeros for every day of the
 * range, per member. A team's figures are the days its members spent in it.
 */
export async function paceMemberDays(db: Pick<DataSource, 'query'>, filter: PaceRowFilter): Promise<PaceMemberDays[]> {
  const parameters: unknown[] = [filter.from, filter.to];
  const conditions = ['d.day between $1 and $2'];
  if (filter.memberId !== undefined) {
    parameters.push(filter.memberId);
    conditions.push(`d.member_id = $${parameters.length}`);
  }
  if (filter.teamId !== undefined) {
    parameters.push(filter.teamId);
    conditions.push(`d.team_id = $${parameters.length}`);
  }
  if (filter.activeOnly) conditions.push('coalesce(m.active, true)');
  const reach = reachCondition(filter.reach, parameters.length + 1);
  parameters.push(...reach.parameters);
  conditions.push(reach.sql);
  const rows: { member_id: string; name: string | null; day: LocalDate; team_id: string | null; expected_seconds: number; tracked_seconds: number }[] =
    await db.query(
      `select d.member_id, m.name, d.day, d.team_id, d.expected_seconds, d.tracked_seconds
         from pace_days d left join pace_members m on m.member_id = d.member_id
        where ${conditions.join(' and ')}
        order by m.name, d.member_id, d.day`,
      parameters,
    );
  const members = new Map<string, { name: string; teamId: string | null; stored: Map<string, PaceDay> }>();
  for (const row of rows) {
    const member = members.get(row.member_id) ?? { name: row.name ?? row.member_id, teamId: row.team_id, stored: new Map<string, PaceDay>() };
    member.teamId = row.team_id;
    member.stored.set(row.day, paceDay(row.day, row.expected_seconds, row.tracked_seconds));
    members.set(row.member_id, member);
  }
  const dates = datesBetween(filter.from, filter.to);
  return [...members].map(([memberId, member]) => ({
    memberId,
    name: member.name,
    teamId: member.teamId,
    days: dates.map((date) => member.stored.get(date) ?? paceDay(date, 0, 0)),
  }));
}
