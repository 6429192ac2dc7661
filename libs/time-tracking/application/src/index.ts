export * from './lib/time-tracking-application.module';
export { TIME_TRACKING_ENTITIES, TIME_TRACKING_MIGRATIONS, TIME_TRACKING_PROJECTIONS } from './lib/read-models';
export { ClosedPeriods } from './lib/shared/closed-periods';
export { TIME_ENTRIES_PROJECTION } from './lib/read-models/time-entries/time-entries.projection';
export { RUNNING_TIMERS_PROJECTION } from './lib/read-models/running-timers/running-timers.projection';
export { CreateTimeEntryCommand } from './lib/time-entries/create-time-entry/create-time-entry.command';
