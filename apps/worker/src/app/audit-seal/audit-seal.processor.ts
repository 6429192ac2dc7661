import { Processor, WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ChainSealer } from '@billing/audit/application';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { AUDIT_SEAL_JOB, type AuditSealJob } from './audit-seal-job';

/** Runs the sealer; a failure (database not reachable yet) is retried by BullMQ with backoff. */
@Processor(QUEUE_NAMES.audit)
export class AuditSealProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditSealProcessor.name);

  constructor(private readonly sealer: ChainSealer) {
    super();
  }

  /**
   * Closes the BullMQ worker without waiting for its main loop while Redis is unreachable (a graceful close would hang
   * the shutdown). A seal cut short leaves at most heads without a seal event; the next seal removes them.
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

  async process(job: Job<AuditSealJob>): Promise<{ sealId: string; streams: number; events: number }> {
    if (job.name !== AUDIT_SEAL_JOB) throw new Error(`unknown audit job ${job.name}`);
    const seal = await this.sealer.seal();
    this.logger.log(`sealed ${seal.streams} streams, ${seal.events} events up to position ${seal.position} (seal ${seal.sealId})`);
    return { sealId: seal.sealId, streams: seal.streams, events: seal.events };
  }
}
