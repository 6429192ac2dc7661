import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PaceReminderJob } from '@billing/pace/contracts';
import { isBehind, sumFigures } from '@billing/pace/domain';
import type { LocalDate, MemberId } from '@billing/shared/kernel';
import { NotificationChannels } from '../notifications/notification-channels';
import { paceMemberDays } from '../pace-queries/pace-rows';
import { PaceStreams } from '../shared/pace-streams';
import { hoursText } from './format';

export type ReminderOutcome = 'sent' | 'already-sent' | 'not-behind';

/**
 * One reminder job: skipped when the member's stream already records a reminder for the day (retry, restart, a
 * second enqueue), or, for the daily run, when the member has caught up meanwhile. Otherwise delivered on every
 * channel, then recorded as `pace-reminder-sent`; a repeat of the record decides nothing.
 */
@Injectable()
export class ReminderSender {
  private readonly logger = new Logger(ReminderSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly streams: PaceStreams,
    private readonly channels: NotificationChannels,
  ) {}

  async send(job: PaceReminderJob): Promise<ReminderOutcome> {
    const on = job.on as LocalDate;
    const loaded = await this.streams.loadMember(job.memberId);
    if (loaded.state.remindedDays.includes(on)) return 'already-sent';
    const [member] = await paceMemberDays(this.dataSource, { memberId: job.memberId, from: on, to: on, reach: { kind: 'all' } });
    const figures = sumFigures(member?.days ?? []);
    if (job.source === 'schedule' && !isBehind(figures)) return 'not-behind';
    const key = `reminder:${job.memberId}:${on}`;
    const channels = await this.channels.deliver({
      key,
      recipientId: job.memberId,
      kind: 'pace-reminder',
      title: `Your hours for ${on} are incomplete`,
      body: `You tracked ${hoursText(figures.trackedSeconds)} of ${hoursText(figures.expectedSeconds)} on ${on}: ${hoursText(figures.missingSeconds)} missing.`,
      data: { on, memberId: job.memberId, source: job.source, ...figures },
    });
    await this.streams.member(job.requestedBy ?? 'system:pace-reminders', {
      type: 'record-reminder-sent',
      data: {
        memberId: job.memberId as MemberId,
        on,
        source: job.source,
        requestedBy: (job.requestedBy ?? null) as MemberId | null,
        channels,
        ...figures,
      },
    });
    this.logger.log(`reminder ${key} sent (${channels.join(', ')})`);
    return 'sent';
  }
}
