import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import { ChecklistService } from './checklist/checklist.service';
import { ClosePeriodController, ClosePeriodHandler } from './periods/close-period/close-period';
import { GetChecklistController, GetChecklistHandler } from './periods/get-checklist/get-checklist';
import { GetPeriodController, GetPeriodHandler } from './periods/get-period/get-period';
import { ListPeriodsController, ListPeriodsHandler } from './periods/list-periods/list-periods';
import { OverrideDeadlineController, OverrideDeadlineHandler } from './periods/override-deadline/override-deadline';
import { ReopenPeriodController, ReopenPeriodHandler } from './periods/reopen-period/reopen-period';
import { CLOSING_PROJECTIONS } from './read-models';
import { ChecklistScope } from './shared/checklist-scope';
import { OrganisationCalendars } from './shared/closing-settings';
import { PeriodStreams } from './shared/period-streams';
import { PeriodViews } from './shared/period-views';

/**
 * The month-end close: /periods (list, detail with history, live checklist, close, reopen, deadline), the period
 * stream's handlers and the projection that fills the closed-period lock time tracking reads. Needs from the host:
 * EVENT_STORE, the EventSourcingModule, CLOCK, a DataSource with the organisation's and time tracking's tables.
 */
@Module({
  imports: [CqrsModule, AccessModule],
  // `periods/:key/checklist` and the POSTs are distinct paths from `periods/:key`; order does not matter here.
  controllers: [
    ListPeriodsController,
    GetChecklistController,
    GetPeriodController,
    ClosePeriodController,
    ReopenPeriodController,
    OverrideDeadlineController,
  ],
  providers: [
    OrganisationCalendars,
    PeriodStreams,
    PeriodViews,
    ChecklistService,
    ChecklistScope,
    ListPeriodsHandler,
    GetPeriodHandler,
    GetChecklistHandler,
    ClosePeriodHandler,
    ReopenPeriodHandler,
    OverrideDeadlineHandler,
    ...CLOSING_PROJECTIONS,
  ],
  exports: [...CLOSING_PROJECTIONS],
})
export class ClosingApplicationModule {}
