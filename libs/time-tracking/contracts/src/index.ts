export * from './lib/time-entries';
export * from './lib/timer';
export * from './lib/audit';
export * from './lib/calendar-import';
