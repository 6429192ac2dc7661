import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import { QUEUE_NAMES } from '@billing/shared/nest';
import { ChangeHolidaysHandler, GetHolidaysHandler, HolidaysController, ImportHolidaysHandler } from './holidays/holidays';
import { NotificationsController } from './notifications/notifications';
import { BehindController, GetBehindHandler } from './pace-queries/get-behind';
import { GetPaceHandler, PaceController } from './pace-queries/get-pace';
import { PACE_PROJECTIONS } from './read-models';
import { PaceReminderProducer } from './reminders/pace-reminder.producer';
import { RemindController, RemindMemberHandler } from './reminders/remind-member';
import { GetWorkScheduleHandler, SetWorkScheduleHandler, WorkScheduleController } from './schedules/set-work-schedule';
import { OrganisationCalendar } from './shared/organisation-calendar';
import { PaceAccess } from './shared/pace-access';
import { PaceStreams } from './shared/pace-streams';
import { CancelTimeOffHandler, ListTimeOffHandler, RecordTimeOffHandler, TimeOffController } from './time-off/time-off';

/**
 * Pace in the api: schedules, holidays, time off, the Pace and behind queries, the "remind" producer, in-app
 * notifications, and the Pace projection. Needs from the host: EVENT_STORE, EventSourcingModule, CLOCK, a DataSource
 * with the organisation's tables (members are checked in `org_members`) and `BullModule.forRoot` (Redis).
 */
@Module({
  imports: [CqrsModule, AccessModule, BullModule.registerQueue({ name: QUEUE_NAMES.notifications })],
  controllers: [
    WorkScheduleController,
    TimeOffController,
    HolidaysController,
    BehindController,
    RemindController,
    PaceController,
    NotificationsController,
  ],
  providers: [
    PaceStreams,
    PaceAccess,
    OrganisationCalendar,
    PaceReminderProducer,
    SetWorkScheduleHandler,
    GetWorkScheduleHandler,
    RecordTimeOffHandler,
    CancelTimeOffHandler,
    ListTimeOffHandler,
    ChangeHolidaysHandler,
    ImportHolidaysHandler,
    GetHolidaysHandler,
    GetPaceHandler,
    GetBehindHandler,
    RemindMemberHandler,
    ...PACE_PROJECTIONS,
  ],
  exports: [...PACE_PROJECTIONS],
})
export class PaceApplicationModule {}
