import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isBehind, reminderRunAt, sumFigures } from '@billing/pace/domain';
import type { Clock, LocalDate } from '@billing/shared/kernel';
import { AppConfig, CLOCK } from '@billing/shared/nest';
import { paceMemberDays } from '../pace-queries/pace-rows';
import { timeZoneOf } from '../read-model/pace-inputs';
import { PaceReminderProducer } from './pace-reminder.producer';

export interface TickResult {
  ran: boolean;
  remindFor?: LocalDate;
  reminders: string[];
  summaries: string[];
}

/**
 * The hourly tick: when the organisation's wall clock shows the reminder hour on a working day, queue a reminder for
 * each member behind on the previous working day, and on the week's first working day a summary per responsible.
 * Job ids make a second tick (restart, two workers) queue nothing new.
 */
@Injectable()
export class ReminderTick {
  private readonly logger = new Logger(ReminderTick.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly producer: PaceReminderProducer,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(now: Date = this.clock.now()): Promise<TickResult> {
    const zone = await timeZoneOf(this.dataSource);
    const holidays: { date: string }[] = await this.dataSource.query('select date from pace_holidays');
    const holidaySet = new Set(holidays.map((row) => row.date));
    const run = reminderRunAt(now, zone, this.config.pace.reminderHour, (date) => holidaySet.has(date));
    if (run === null) return { ran: false, reminders: [], summaries: [] };
    const members = await paceMemberDays(this.dataSource, { from: run.remindFor, to: run.remindFor, reach: { kind: 'all' }, activeOnly: true });
    const reminders: string[] = [];
    for (const member of members.filter((candidate) => isBehind(sumFigures(candidate.days)))) {
      const queued = await this.producer.remind({ kind: 'pace-reminder', memberId: member.memberId, on: run.remindFor, source: 'schedule' });
      reminders.push(queued.jobId);
    }
    const summaries: string[] = [];
    if (run.summaryWeek !== null) {
      const responsibles: { responsible_id: string }[] = await this.dataSource.query(
        'select distinct unnest(responsible_ids) as responsible_id from pace_teams where not archived',
      );
      for (const { responsible_id } of responsibles) {
        await this.producer.summarise({ kind: 'pace-weekly-summary', responsibleId: responsible_id, week: run.summaryWeek });
        summaries.push(responsible_id);
      }
    }
    this.logger.log(`reminder run ${run.today}: ${reminders.length} reminders for ${run.remindFor}, ${summaries.length} summaries`);
    return { ran: true, remindFor: run.remindFor, reminders, summaries };
  }
}
