export * from './lib/port/types';
export * from './lib/port/errors';
export { UpcasterChain } from './lib/upcasting/upcaster-chain';
export {
  createPostgresEventStore,
  type PostgresEventStore,
  type PostgresEventStoreOptions,
} from './lib/postgres/postgres-event-store';
export {
  createEventStoreMigrations,
  eventStoreMigrations,
  DEFAULT_EVENT_STORE_SCHEMA,
} from './lib/postgres/migrations';
