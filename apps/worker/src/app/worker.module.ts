import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import {
  AppConfig,
  AppConfigModule,
  ClockModule,
  LoggingModule,
  QUEUE_NAMES,
  RedisModule,
} from '@billing/shared/nest';
import { WorkerHealth } from './health/worker-health';
import { NotificationsWorkerModule } from './notifications/notifications-worker.module';
import { ExportsWorkerModule } from './exports/exports-worker.module';
import { AuditSealWorkerModule } from './audit-seal/audit-seal-worker.module';
import { QueueErrorLogger } from './queue-error-logger';

/** The worker's composition root: BullMQ on REDIS_URL; processors for the shared queues join here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({ service: 'worker' }),
        ClockModule,
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (appConfig: AppConfig) => ({
            connection: { url: appConfig.redisUrl },
          }),
        }),
        BullModule.registerQueue(
          { name: QUEUE_NAMES.exports },
          { name: QUEUE_NAMES.notifications },
        ),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        RedisModule,
        NotificationsWorkerModule,
        ExportsWorkerModule,
        AuditSealWorkerModule,
      ],
      providers: [WorkerHealth, QueueErrorLogger],
    };
  }
}
