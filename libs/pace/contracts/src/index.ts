export * from './lib/schedules';
export * from './lib/holidays';
export * from './lib/time-off';
export * from './lib/pace';
export * from './lib/notifications';
export * from './lib/jobs';
