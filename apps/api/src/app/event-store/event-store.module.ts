import {
  Global,
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import {
  createKurrentEventStore,
  createPostgresEventStore,
  EVENT_STORE,
  EventStore,
} from '@billing/event-store';
import { AppConfig } from '@billing/shared/nest';

function eventStoreFor(config: AppConfig): EventStore {
  const settings = config.eventStore;
  return settings.kind === 'eventstoredb'
    ? createKurrentEventStore({
        connectionString: settings.connectionString,
        connectTimeoutMs: 2000,
      })
    : createPostgresEventStore({
        connectionString: config.databaseUrl,
        maxConnections: 5,
      });
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
  }
}

/** The event store chosen by EVENT_STORE, under the EVENT_STORE token; global, as every context appends to it. */
@Global()
@Module({
  providers: [
    { provide: EVENT_STORE, inject: [AppConfig], useFactory: eventStoreFor },
    EventStoreCloser,
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
