import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AggregateRepository } from '@billing/shared/event-sourcing';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { NotificationChannels } from './notifications/notification-channels';
import { PaceReminderProducer } from './reminders/pace-reminder.producer';
import { ReminderSender } from './reminders/reminder-sender';
import { ReminderTick } from './reminders/reminder-tick';
import { WeeklySummarySender } from './reminders/weekly-summary-sender';
import { PaceStreams } from './shared/pace-streams';

/**
 * What the worker's notification processor calls: the hourly tick, the reminder and the weekly summary senders, the
 * channels. Needs from the host: EVENT_STORE, CLOCK, AppConfig, a DataSource on the api's database, BullModule.forRoot.
 */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUE_NAMES.notifications })],
  providers: [AggregateRepository, PaceStreams, NotificationChannels, PaceReminderProducer, ReminderTick, ReminderSender, WeeklySummarySender],
  exports: [ReminderTick, ReminderSender, WeeklySummarySender],
})
export class PaceRemindersModule {}
