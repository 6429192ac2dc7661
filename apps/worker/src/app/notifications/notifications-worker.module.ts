import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PaceRemindersModule } from '@billing/pace/application';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { NotificationsProcessor } from './notifications.processor';
import { ReminderScheduler } from './reminder-scheduler';
import { WorkerPersistenceModule } from './worker-persistence.module';

/**
 * The `notifications` queue in the worker: the processor, the hourly tick's schedule, and what they need (database,
 * event store, Pace reminder services). The host provides AppConfig, CLOCK and BullModule.forRoot.
 */
@Module({
  imports: [WorkerPersistenceModule, PaceRemindersModule, BullModule.registerQueue({ name: QUEUE_NAMES.notifications })],
  providers: [NotificationsProcessor, ReminderScheduler],
})
export class NotificationsWorkerModule {}
