import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { PACE_JOB_NAMES, type PaceReminderTickJob } from '@billing/pace/contracts';
import { QUEUE_NAMES } from '@billing/shared/nest';

export const REMINDER_TICK_SCHEDULER_ID = 'pace-reminder-tick';

/**
 * Registers the hourly tick (at minute 0, UTC). The tick itself decides whether the organisation's wall clock shows
 * the reminder hour on a working day, so zone changes, DST and half-hour zones need no new schedule. Upserting is
 * idempotent: every worker instance may do it at start.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(@InjectQueue(QUEUE_NAMES.notifications) private readonly queue: Queue) {}

  /** Not awaited: with Redis down the worker still starts (its health says so) and BullMQ reconnects. */
  onApplicationBootstrap(): void {
    this.schedule().catch((error: unknown) => this.logger.warn(`could not schedule the reminder tick: ${error instanceof Error ? error.message : String(error)}`));
  }

  async schedule(): Promise<void> {
    const tick: PaceReminderTickJob = { kind: 'pace-reminder-tick' };
    await this.queue.upsertJobScheduler(
      REMINDER_TICK_SCHEDULER_ID,
      { pattern: '0 * * * *', tz: 'UTC' },
      { name: PACE_JOB_NAMES.tick, data: tick, opts: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 48, removeOnFail: 200 } },
    );
    this.logger.log('Pace reminder tick scheduled hourly');
  }
}
