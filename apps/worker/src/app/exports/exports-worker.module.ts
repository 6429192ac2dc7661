import { BullModule } from '@nestjs/bullmq';
import { Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import { ExportJobRunner, ExportStorage, ExportStreams, exportStorageProvider } from '@billing/exports/application';
import type { Clock } from '@billing/shared/kernel';
import { AppConfig, CLOCK, QUEUE_NAMES } from '@billing/shared/nest';
import { WorkerPersistenceModule } from '../notifications/worker-persistence.module';
import { ExportRetention } from './export-retention';
import { ExportsProcessor } from './exports.processor';

const EXPORT_POOL = Symbol('EXPORT_POOL');

/** Each running export holds one connection for its snapshot transaction and cursor. */
@Injectable()
class ExportPoolCloser implements OnApplicationShutdown {
  constructor(@Inject(EXPORT_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/** The `exports` queue in the worker: the processor, the file writer's runner, storage and its retention sweep. */
@Module({
  imports: [WorkerPersistenceModule, BullModule.registerQueue({ name: QUEUE_NAMES.exports })],
  providers: [
    {
      provide: EXPORT_POOL,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new Pool({ connectionString: config.databaseUrl, max: 3, application_name: 'billing-worker-exports' }),
    },
    ExportPoolCloser,
    exportStorageProvider,
    { provide: ExportStreams, inject: [EVENT_STORE], useFactory: (store: EventStore) => new ExportStreams(store) },
    {
      provide: ExportJobRunner,
      inject: [EXPORT_POOL, ExportStorage, ExportStreams, CLOCK],
      useFactory: (pool: Pool, storage: ExportStorage, streams: ExportStreams, clock: Clock) => new ExportJobRunner(pool, storage, streams, clock),
    },
    ExportsProcessor,
    ExportRetention,
  ],
})
export class ExportsWorkerModule {}
