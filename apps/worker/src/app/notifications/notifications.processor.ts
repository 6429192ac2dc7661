import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { type NotificationJob, PACE_JOB_NAMES, type PaceReminderJob, type PaceWeeklySummaryJob } from '@billing/pace/contracts';
import { ReminderSender, ReminderTick, WeeklySummarySender } from '@billing/pace/application';
import { QUEUE_NAMES } from '@billing/shared/nest';

/** Processes the `notifications` queue: the hourly reminder tick, reminders and weekly summaries. */
@Processor(QUEUE_NAMES.notifications)
export class NotificationsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(
    private readonly tick: ReminderTick,
    private readonly reminders: ReminderSender,
    private readonly summaries: WeeklySummarySender,
  ) {
    super();
  }

  /**
   * Closes the BullMQ worker without waiting for its main loop: while Redis is unreachable that loop never ends and a
   * graceful close would hang the shutdown. A job cut short is retried (its steps are idempotent).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(!this.worker.isRunning() || (await this.isDisconnected()));
  }

  private async isDisconnected(): Promise<boolean> {
    const ready = await Promise.race([
      this.worker.waitUntilReady().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500)),
    ]);
    return !ready;
  }

  async process(job: Job<NotificationJob>): Promise<unknown> {
    switch (job.name) {
      case PACE_JOB_NAMES.tick:
        return this.tick.run();
      case PACE_JOB_NAMES.reminder:
        return this.reminders.send(job.data as PaceReminderJob);
      case PACE_JOB_NAMES.weeklySummary:
        return this.summaries.send(job.data as PaceWeeklySummaryJob);
      default:
        this.logger.warn(`unknown notification job ${job.name} (${job.id ?? 'no id'}) ignored`);
        return undefined;
    }
  }
}
