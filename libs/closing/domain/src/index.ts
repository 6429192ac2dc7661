// Period aggregate (stream `period-YYYY-MM`)
export * from './lib/period/period.events';
export * from './lib/period/period.commands';
export * from './lib/period/period.context';
export * from './lib/period/period.state';
export * from './lib/period/period.decider';
export * from './lib/period/period-deadline';
export type { DomainCommand, DomainEvent } from './lib/shared/messages';

// Close checklist (computed by the application, snapshotted in `period-closed`)
export * from './lib/checklist/checklist';

// The lock the write path asks
export * from './lib/lock/is-day-closed';
