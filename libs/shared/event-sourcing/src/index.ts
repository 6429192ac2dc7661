export * from './lib/event-sourcing.module';
export * from './lib/aggregates/aggregate-repository';
export * from './lib/aggregates/command-metadata';
export * from './lib/aggregates/event-codec';
export * from './lib/http/revision-headers';
export * from './lib/idempotency/idempotency.migration';
export * from './lib/request-context/request-context';
export * from './lib/request-context/deterministic-ids';
