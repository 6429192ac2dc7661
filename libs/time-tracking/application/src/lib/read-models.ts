import { ClosedPeriodTeamExceptions1769900000000 } from './migrations/1769900000000-closed-period-team-exceptions';
import { TimeEntryAdjustments1770100000000 } from './migrations/1770100000000-time-entry-adjustments';
import { AdjustmentWrites1770200000000 } from './migrations/1770200000000-adjustment-writes';
import { CalendarRulesRow } from './calendar-import/calendar-rules.row';
import { CreateTimeTrackingReadModels1767600000000 } from './migrations/1767600000000-create-time-tracking-read-models';
import { ClosedPeriodRow } from './read-models/closed-periods/closed-period.row';
import { RunningTimerRow } from './read-models/running-timers/running-timer.row';
import { RunningTimersProjection } from './read-models/running-timers/running-timers.projection';
import { TimeEntryRow } from './read-models/time-entries/time-entry.row';
import { TimeEntriesProjection } from './read-models/time-entries/time-entries.projection';

/** TypeORM entities of time tracking (add them to the host's DataSource). */
export const TIME_TRACKING_ENTITIES = [TimeEntryRow, RunningTimerRow, ClosedPeriodRow, CalendarRulesRow];

/** Migrations of time tracking, in order (after the organisation's: the projection reads `org_settings`). */
export const TIME_TRACKING_MIGRATIONS = [
  CreateTimeTrackingReadModels1767600000000,
  ClosedPeriodTeamExceptions1769900000000,
  TimeEntryAdjustments1770100000000,
  AdjustmentWrites1770200000000,
];

/** Projections to register with `ProjectionsModule.forRoot`. */
export const TIME_TRACKING_PROJECTIONS = [TimeEntriesProjection, RunningTimersProjection];
