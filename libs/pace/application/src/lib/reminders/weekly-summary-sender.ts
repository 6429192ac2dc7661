import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PaceWeeklySummaryJob } from '@billing/pace/contracts';
import { isBehind, sumFigures } from '@billing/pace/domain';
import { type LocalDate, ValidationError, addDays, isoWeekOf, localDate } from '@billing/shared/kernel';
import { NotificationChannels } from '../notifications/notification-channels';
import { paceMemberDays } from '../pace-queries/pace-rows';
import { hoursText } from './format';

/** Monday of an ISO week key `2026-W10`. */
export function mondayOfWeek(key: string): LocalDate {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) throw ValidationError.single('week', `must be an ISO week YYYY-Www, got ${key}`);
  const firstMonday = isoWeekOf(localDate(Number(match[1]), 1, 4)).monday; // 4 January is always in week 1
  return addDays(firstMonday, (Number(match[2]) - 1) * 7);
}

/** A responsible's summary of their teams' week: who is behind and by how much. */
@Injectable()
export class WeeklySummarySender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: NotificationChannels,
  ) {}

  async send(job: PaceWeeklySummaryJob): Promise<void> {
    const monday = mondayOfWeek(job.week);
    const teams: { team_id: string }[] = await this.dataSource.query(
      'select team_id from pace_teams where $1 = any(responsible_ids) and not archived',
      [job.responsibleId],
    );
    const members = await paceMemberDays(this.dataSource, {
      from: monday,
      to: addDays(monday, 6),
      reach: { kind: 'limited', teamIds: teams.map((team) => team.team_id), memberId: null },
      activeOnly: true,
    });
    const rows = members.map((member) => ({ memberId: member.memberId, name: member.name, ...sumFigures(member.days) }));
    const behind = rows.filter((row) => isBehind(row));
    const total = sumFigures(rows);
    await this.channels.deliver({
      key: `weekly-summary:${job.responsibleId}:${job.week}`,
      recipientId: job.responsibleId,
      kind: 'pace-weekly-summary',
      title: `Pace ${job.week}: ${behind.length} of ${rows.length} behind`,
      body: [
        `Your teams tracked ${hoursText(total.trackedSeconds)} of ${hoursText(total.expectedSeconds)} in ${job.week}.`,
        ...behind.map((row) => `${row.name}: ${hoursText(row.missingSeconds)} missing`),
      ].join('\n'),
      data: { week: job.week, members: rows, behind: behind.map((row) => row.memberId) },
    });
  }
}
