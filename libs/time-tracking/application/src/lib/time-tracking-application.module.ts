import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import { AcceptCalendarController } from './calendar-import/accept/accept-calendar.controller';
import { AcceptCalendarHandler } from './calendar-import/accept/accept-calendar.handler';
import { CalendarPreviewController } from './calendar-import/preview/calendar-preview.controller';
import { CalendarPreviewHandler } from './calendar-import/preview/calendar-preview.handler';
import { IcsSource } from './calendar-import/preview/ics-source';
import { ImportedEntries } from './calendar-import/preview/imported-entries';
import { CalendarRulesController } from './calendar-import/rules/calendar-rules.controller';
import { CalendarRulesStore } from './calendar-import/rules/calendar-rules.store';
import { TimeAuditController } from './audit/time-audit/time-audit.controller';
import { TimeAuditHandler } from './audit/time-audit/time-audit.handler';
import { TIME_TRACKING_PROJECTIONS } from './read-models';
import { EntryReadScopes } from './read-models/scope/entry-read-scope';
import { ClosedPeriods, ReadModelClosedPeriods } from './shared/closed-periods';
import { CommandClock } from './shared/command-clock';
import { DecisionContexts } from './shared/decision-context';
import { EntryAccess } from './shared/entry-access';
import { EntryStreams } from './shared/entry-streams';
import { OrganisationDirectory } from './shared/organisation-directory';
import { OrganisationReadModelDirectory } from './shared/organisation-read-model-directory';
import { TimeTrackingSettings } from './shared/time-tracking-settings';
import { CreateTimeEntryController } from './time-entries/create-time-entry/create-time-entry.controller';
import { CreateTimeEntryHandler } from './time-entries/create-time-entry/create-time-entry.handler';
import { DeleteTimeEntryController } from './time-entries/delete-time-entry/delete-time-entry.controller';
import { DeleteTimeEntryHandler } from './time-entries/delete-time-entry/delete-time-entry.handler';
import { GetTimeEntryController } from './time-entries/get-time-entry/get-time-entry.controller';
import { GetTimeEntryHandler } from './time-entries/get-time-entry/get-time-entry.handler';
import { ListTimeEntriesController } from './time-entries/list-time-entries/list-time-entries.controller';
import { ListTimeEntriesHandler } from './time-entries/list-time-entries/list-time-entries.handler';
import { RestoreTimeEntryController } from './time-entries/restore-time-entry/restore-time-entry.controller';
import { UpdateTimeEntryController } from './time-entries/update-time-entry/update-time-entry.controller';
import { UpdateTimeEntryHandler } from './time-entries/update-time-entry/update-time-entry.handler';
import { CurrentTimerController } from './timer/current-timer/current-timer.controller';
import { CurrentTimerHandler } from './timer/current-timer/current-timer.handler';
import { TimerStreams } from './timer/shared/timer-streams';
import { StartTimerController } from './timer/start-timer/start-timer.controller';
import { StartTimerHandler } from './timer/start-timer/start-timer.handler';
import { ListAdjustmentsController } from './time-entries/list-adjustments/list-adjustments.controller';
import { ListAdjustmentsHandler } from './time-entries/list-adjustments/list-adjustments.handler';
import { PostAdjustmentController } from './time-entries/post-adjustment/post-adjustment.controller';
import { PostAdjustmentHandler } from './time-entries/post-adjustment/post-adjustment.handler';
import { EntryAdjustments } from './shared/entry-adjustments';
import { AdjustedEntryLocks } from './shared/adjusted-entry-locks';
import { StopTimerController } from './timer/stop-timer/stop-timer.controller';
import { StopTimerHandler } from './timer/stop-timer/stop-timer.handler';

const COMMAND_HANDLERS = [
  CreateTimeEntryHandler,
  UpdateTimeEntryHandler,
  DeleteTimeEntryHandler,
  StartTimerHandler,
  StopTimerHandler,
  AcceptCalendarHandler,
  PostAdjustmentHandler,
];
const QUERY_HANDLERS = [
  ListTimeEntriesHandler,
  GetTimeEntryHandler,
  ListAdjustmentsHandler,
  CurrentTimerHandler,
  TimeAuditHandler,
  CalendarPreviewHandler,
];

/**
 * The time-tracking context's HTTP API (/time-entries, /timer, audit, calendar import), its command and query
 * handlers and read-model projections. Needs from the host: EVENT_STORE and the EventSourcingModule, a TypeORM
 * DataSource listing TIME_TRACKING_ENTITIES (and the organisation's read-model tables), CLOCK, and what the access
 * module needs (it brings AccessPolicy and the global guards).
 */
@Module({
  imports: [CqrsModule, AccessModule],
  // Literal paths (audit, calendar-import) are registered before `time-entries/:id`.
  controllers: [
    TimeAuditController,
    CalendarRulesController,
    CalendarPreviewController,
    AcceptCalendarController,
    ListTimeEntriesController,
    CreateTimeEntryController,
    GetTimeEntryController,
    UpdateTimeEntryController,
    DeleteTimeEntryController,
    RestoreTimeEntryController,
    PostAdjustmentController,
    ListAdjustmentsController,
    CurrentTimerController,
    StartTimerController,
    StopTimerController,
  ],
  providers: [
    { provide: TimeTrackingSettings, useFactory: () => new TimeTrackingSettings(process.env) },
    CommandClock,
    EntryAccess,
    EntryReadScopes,
    EntryStreams,
    EntryAdjustments,
    AdjustedEntryLocks,
    TimerStreams,
    DecisionContexts,
    CalendarRulesStore,
    ImportedEntries,
    IcsSource,
    { provide: OrganisationDirectory, useClass: OrganisationReadModelDirectory },
    { provide: ClosedPeriods, useClass: ReadModelClosedPeriods },
    ...COMMAND_HANDLERS,
    ...QUERY_HANDLERS,
    ...TIME_TRACKING_PROJECTIONS,
  ],
  exports: [...TIME_TRACKING_PROJECTIONS, ClosedPeriods],
})
export class TimeTrackingApplicationModule {}
