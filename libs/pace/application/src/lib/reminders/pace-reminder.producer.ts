import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { PACE_JOB_NAMES, type PaceReminderJob, type PaceWeeklySummaryJob, type RemindResult, reminderJobId, weeklySummaryJobId } from '@billing/pace/contracts';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { REMINDER_JOB_OPTIONS } from './reminder-job-options';

/** Puts reminder and summary jobs on the `notifications` queue, one job per member and day (the job id). */
@Injectable()
export class PaceReminderProducer {
  constructor(@InjectQueue(QUEUE_NAMES.notifications) private readonly queue: Queue) {}

  async remind(job: PaceReminderJob): Promise<RemindResult> {
    const jobId = reminderJobId(job.memberId, job.on);
    const existing = await this.queue.getJob(jobId);
    if (existing === undefined || existing === null) await this.queue.add(PACE_JOB_NAMES.reminder, job, { ...REMINDER_JOB_OPTIONS, jobId });
    return { jobId, memberId: job.memberId, on: job.on, status: existing ? 'already-queued' : 'queued' };
  }

  async summarise(job: PaceWeeklySummaryJob): Promise<void> {
    await this.queue.add(PACE_JOB_NAMES.weeklySummary, job, { ...REMINDER_JOB_OPTIONS, jobId: weeklySummaryJobId(job.responsibleId, job.week) });
  }
}
