import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig, QUEUE_NAMES } from '@billing/shared/nest';
import { AUDIT_SEAL_JOB, AUDIT_SEAL_SCHEDULER_ID, type AuditSealJob } from './audit-seal-job';

/** Registers the repeatable seal job every AUDIT_SEAL_INTERVAL_SECONDS; upserting is idempotent across instances. */
@Injectable()
export class AuditSealScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditSealScheduler.name);

  constructor(@InjectQueue(QUEUE_NAMES.audit) private readonly queue: Queue, private readonly config: AppConfig) {}

  /** Not awaited: with Redis down the worker still starts and BullMQ reconnects. */
  onApplicationBootstrap(): void {
    this.schedule().catch((error: unknown) => this.logger.warn(`could not schedule the audit seal: ${error instanceof Error ? error.message : String(error)}`));
  }

  async schedule(): Promise<void> {
    const every = this.config.audit.sealIntervalSeconds * 1000;
    const data: AuditSealJob = { kind: 'audit-seal' };
    await this.queue.upsertJobScheduler(
      AUDIT_SEAL_SCHEDULER_ID,
      { every },
      { name: AUDIT_SEAL_JOB, data, opts: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 24, removeOnFail: 100 } },
    );
    this.logger.log(`audit seal scheduled every ${this.config.audit.sealIntervalSeconds} s`);
  }
}
