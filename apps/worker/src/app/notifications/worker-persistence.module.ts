import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createKurrentEventStore, createPostgresEventStore, EVENT_STORE, type EventStore } from '@billing/event-store';
import { AppConfig, buildDataSourceOptions } from '@billing/shared/nest';

function eventStoreFor(config: AppConfig): EventStore {
  const settings = config.eventStore;
  return settings.kind === 'eventstoredb'
    ? createKurrentEventStore({ connectionString: settings.connectionString, connectTimeoutMs: 2000 })
    : createPostgresEventStore({ connectionString: config.databaseUrl, maxConnections: 3 });
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
  }
}

/**
 * Connects in the background: the worker (and its health endpoint) starts while PostgreSQL is down or the api has not
 * created the database yet; jobs that run before the connection fail and are retried with backoff.
 */
@Injectable()
class DatabaseConnector implements OnApplicationBootstrap {
  private readonly logger = new Logger('WorkerDatabase');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.dataSource.initialize().catch((error: unknown) => {
      this.logger.warn(`database not reachable yet: ${error instanceof Error ? error.message : String(error)}; notification jobs will retry`);
    });
  }
}

/**
 * The worker's view of the api's database (read models, notifications) and event store (reminders are recorded on the
 * member's Pace stream). The api owns the schema: its migrations run at its start, none run here.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions({ databaseUrl: config.databaseUrl, applicationName: 'billing-worker', entities: [], migrations: [] }),
        migrationsRun: false,
        manualInitialization: true,
      }),
    }),
  ],
  providers: [{ provide: EVENT_STORE, inject: [AppConfig], useFactory: eventStoreFor }, EventStoreCloser, DatabaseConnector],
  exports: [EVENT_STORE],
})
export class WorkerPersistenceModule {}
