// Shared
export * from './lib/shared/messages';
export * from './lib/shared/instant';
export { normaliseTags, sameTags, MAX_TAG_LENGTH, MAX_TAGS_PER_ENTRY } from './lib/shared/tags';

// Calendar helpers
export * from './lib/calendar/entry-calendar-keys';
export * from './lib/calendar/entry-duration';
export * from './lib/calendar/closed-periods';

// Time entry aggregate (stream `time-entry-<entryId>`)
export * from './lib/time-entry/time-entry.events';
export * from './lib/time-entry/time-entry.commands';
export * from './lib/time-entry/time-entry.context';
export * from './lib/time-entry/time-entry.state';
export * from './lib/time-entry/time-entry.decider';
export { MAX_DESCRIPTION_LENGTH } from './lib/time-entry/time-entry.rules';

// Timer per member (stream `timer-<memberId>`) and the two-stream plans
export * from './lib/timer/timer.events';
export * from './lib/timer/timer.commands';
export * from './lib/timer/timer.state';
export * from './lib/timer/timer.decider';
export * from './lib/timer/timer-plan';
export * from './lib/timer/plan-timer-start';
export * from './lib/timer/plan-timer-stop';

// Quality audit
export * from './lib/audit/audit.types';
export * from './lib/audit/audit-time-entries';
export { DEFAULT_LONG_ENTRY_SECONDS, DEFAULT_LONG_RUNNING_SECONDS } from './lib/audit/rules/find-long-entries';

// Calendar import (pure mapping; ICS parsing lives elsewhere)
export * from './lib/calendar-import/calendar-import.types';
export * from './lib/calendar-import/calendar-external-id';
export * from './lib/calendar-import/propose-calendar-entries';
export * from './lib/calendar-import/proposal-to-command';
