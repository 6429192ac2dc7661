import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Logger } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { EXPORT_JOB_NAME, type ExportJobPayload } from '@billing/exports/contracts';
import { ExportJobRunner, ExportStreams, recordFailure } from '@billing/exports/application';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK, QUEUE_NAMES } from '@billing/shared/nest';

/**
 * A worker that dies mid-export (SIGKILL, out of memory) stops renewing its lock: after `lockDuration` the job counts
 * as stalled and the next stalled check (every `stalledInterval`, and at a worker's start) puts it back on the queue,
 * where it runs again from zero. A few stalls are tolerated before the job fails.
 */
/** How long a job whose export this worker's database does not know is handed back for another worker. */
const UNKNOWN_EXPORT_GRACE_MS = 60 * 60 * 1000;

export const EXPORT_WORKER_OPTIONS = { concurrency: 2, lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 3 };

/** Processes the `exports` queue: one export file per job, written by the runner. */
@Processor(QUEUE_NAMES.exports, EXPORT_WORKER_OPTIONS)
export class ExportsProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ExportsProcessor.name);

  constructor(
    private readonly runner: ExportJobRunner,
    private readonly streams: ExportStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  async beforeApplicationShutdown(): Promise<void> {
    // A running export is cut short and runs again elsewhere (or after the restart) from zero.
    await this.worker.close(true);
  }

  async process(job: Job<ExportJobPayload>, token?: string): Promise<unknown> {
    if (job.name !== EXPORT_JOB_NAME) {
      this.logger.warn(`unknown export job ${job.name} (${job.id ?? 'no id'}) ignored`);
      return undefined;
    }
    const { exportId } = job.data;
    const attempt = job.attemptsMade + (job.stalledCounter ?? 0) + 1;
    try {
      const outcome = await this.runner.run(exportId, {
        attempt,
        reportProgress: async (progress) => {
          await job.updateProgress(progress);
        },
      });
      if (outcome === 'unknown-export' && token !== undefined && Date.now() - job.timestamp < UNKNOWN_EXPORT_GRACE_MS) {
        // Several deployments (or test runs) may share one Redis: the export belongs to another database, so the job
        // goes back to the queue for a worker of that database instead of being completed here.
        await job.moveToDelayed(Date.now() + 250, token);
        throw new DelayedError();
      }
      this.logger.log(`export ${exportId}: ${outcome} (attempt ${attempt})`);
      return { outcome };
    } catch (error) {
      if (error instanceof DelayedError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const last = error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.warn(`export ${exportId} attempt ${attempt} failed${last ? ' for good' : ', will retry'}: ${reason}`);
      if (last) await recordFailure(this.streams, exportId, reason, this.clock);
      throw error;
    }
  }
}
