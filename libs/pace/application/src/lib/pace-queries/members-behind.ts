import type { DataSource } from 'typeorm';
import type { BehindMemberView } from '@billing/pace/contracts';
import { isBehind, sumFigures } from '@billing/pace/domain';
import type { LocalDate } from '@billing/shared/kernel';
import type { PaceReach } from '../shared/pace-access';
import { withBehind } from './get-pace';
import { paceMemberDays } from './pace-rows';

/** Active members under 90 % of expected over the month to `on`, with the day's own figures. */
export async function membersBehind(db: Pick<DataSource, 'query'>, on: LocalDate, reach: PaceReach): Promise<{ from: LocalDate; members: BehindMemberView[] }> {
  const from = `${on.slice(0, 8)}01` as LocalDate;
  const members = await paceMemberDays(db, { from, to: on, reach, activeOnly: true });
  const reminders: { member_id: string; on_date: string }[] = await db.query(
    'select member_id, max(on_date) as on_date from pace_reminders where member_id = any($1) group by member_id',
    [members.map((member) => member.memberId)],
  );
  const lastReminded = new Map(reminders.map((row) => [row.member_id, row.on_date]));
  return {
    from,
    members: members
      .map((member) => ({ member, toDate: sumFigures(member.days) }))
      .filter(({ toDate }) => isBehind(toDate))
      .map(({ member, toDate }) => ({
        memberId: member.memberId,
        name: member.name,
        teamId: member.teamId,
        toDate: withBehind(toDate),
        day: withBehind(sumFigures(member.days.filter((day) => day.date === on))),
        lastRemindedFor: lastReminded.get(member.memberId) ?? null,
      })),
  };
}
