import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditSealingModule } from '@billing/audit/application';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { WorkerPersistenceModule } from '../notifications/worker-persistence.module';
import { AuditSealProcessor } from './audit-seal.processor';
import { AuditSealScheduler } from './audit-seal.scheduler';

/** The `audit` queue in the worker: the repeatable seal of the event chain heads and its processor. */
@Module({
  imports: [WorkerPersistenceModule, AuditSealingModule, BullModule.registerQueue({ name: QUEUE_NAMES.audit })],
  providers: [AuditSealProcessor, AuditSealScheduler],
})
export class AuditSealWorkerModule {}
