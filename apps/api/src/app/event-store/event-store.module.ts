import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { createPostgresEventStore, EVENT_STORE, EventStore } from '@billing/event-store';
import { AppConfig } from '@billing/shared/nest';

async function eventStoreFor(config: AppConfig): Promise<EventStore> {
  if (config.eventStore.kind === 'eventstoredb') {
    // Wire `createKurrentEventStore({ connectionString })` here once @billing/event-store exports it.
    throw new Error('EVENT_STORE=eventstoredb: the KurrentDB adapter is not exported by @billing/event-store yet');
  }
  return createPostgresEventStore({ connectionString: config.databaseUrl, maxConnections: 5 });
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.eventStore.close();
  }
}

/** The event store chosen by EVENT_STORE, under the EVENT_STORE token. */
@Module({
  providers: [
    { provide: EVENT_STORE, inject: [AppConfig], useFactory: eventStoreFor },
    EventStoreCloser,
  ],
  exports: [EVENT_STORE],
})
export class EventStoreModule {}
