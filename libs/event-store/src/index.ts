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
export type {
  Projection,
  ProjectionContext,
} from './lib/subscriptions/projection';
export {
  SubscriptionRunner,
  type SubscriptionRunnerOptions,
} from './lib/subscriptions/subscription-runner';
export type {
  ProjectionStatus,
  ProjectionState,
  ProjectionWorkerOptions,
} from './lib/subscriptions/projection-worker';
export type { ProjectionLag } from './lib/subscriptions/projection-lag';
export { isEventCounter } from './lib/subscriptions/projection-lag';
export {
  CheckpointConflictError,
  type Checkpoint,
} from './lib/subscriptions/checkpoint-repository';
export {
  subscriptionMigrations,
  CreateProjectionCheckpoints1764100000100,
  CHECKPOINT_TABLE,
} from './lib/subscriptions/subscription-migrations';
export {
  createKurrentEventStore,
  type KurrentEventStoreOptions,
} from './lib/eventstoredb/kurrent-event-store';
