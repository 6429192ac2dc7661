import type { DataSource } from 'typeorm';
import { type ChecklistItem, checklistItem } from '@billing/closing/domain';
import type { LocalDate, MemberId, TeamId } from '@billing/shared/kernel';
import { membersBehindPace } from './checklist-items';

interface PaceTotalsRow {
  member_id: string;
  expected: string;
  tracked: string;
  missing: string;
}

/**
 * Members behind on Pace over the period up to `until` (its last day, or today while it runs), from Pace's read model
 * `pace_days` (team of the member on each day): tracked x 10 < expected x 9. Until Pace's tables exist (a host without
 * Pace) the item stays "not available".
 */
export async function membersBehindPaceItem(
  dataSource: Pick<DataSource, 'query'>,
  periodKey: string,
  until: LocalDate,
  teamIds: readonly TeamId[] | null,
): Promise<ChecklistItem> {
  const [table] = (await dataSource.query("select to_regclass('pace_days') is not null as present")) as { present: boolean }[];
  if (!table?.present) return membersBehindPace();
  const parameters: unknown[] = [`${periodKey}-01`, until];
  const teamFilter = teamIds === null ? '' : 'and team_id = any($3)';
  if (teamIds !== null) parameters.push([...teamIds]);
  const rows: PaceTotalsRow[] = await dataSource.query(
    `select member_id, sum(expected_seconds) as expected, sum(tracked_seconds) as tracked, sum(missing_seconds) as missing
       from pace_days where day between $1 and $2 ${teamFilter}
      group by member_id
     having sum(tracked_seconds) * 10 < sum(expected_seconds) * 9
      order by sum(missing_seconds) desc, member_id`,
    parameters,
  );
  const findings = rows.map((row) => ({
    target: { kind: 'member' as const, memberId: row.member_id as MemberId },
    memberId: row.member_id as MemberId,
    reason: 'behind-pace',
    seconds: Number(row.missing),
  }));
  return checklistItem('members-behind-pace', findings, {
    seconds: findings.reduce((sum, finding) => sum + finding.seconds, 0),
    explanation: 'Members who tracked under 90 % of their expected hours in the period (Pace); seconds are the missing hours.',
  });
}
