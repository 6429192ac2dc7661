import { Module } from '@nestjs/common';
import {
  AppConfig,
  AppConfigModule,
  ClockModule,
  HttpErrorsModule,
  LoggingModule,
} from '@billing/shared/nest';
import {
  ACCESS_PROJECTIONS,
  AccessModule,
  mapForbiddenError,
} from '@billing/access/application';
import {
  ORGANISATION_PROJECTIONS,
  OrganisationApplicationModule,
} from '@billing/organisation/application';
import {
  EventSourcingModule,
  ProjectionsModule,
} from '@billing/shared/event-sourcing';
import {
  TIME_TRACKING_PROJECTIONS,
  TimeTrackingApplicationModule,
} from '@billing/time-tracking/application';
import {
  CLOSING_PROJECTIONS,
  ClosingApplicationModule,
} from '@billing/closing/application';
import {
  REPORTING_PROJECTIONS,
  ReportingApplicationModule,
} from '@billing/reporting/application';
import {
  AUDIT_PROJECTIONS,
  AuditApplicationModule,
} from '@billing/audit/application';
import { RatesApplicationModule } from '@billing/rates/application';
import {
  BILLING_PROJECTIONS,
  BillingApplicationModule,
} from '@billing/billing/application';
import {
  PACE_PROJECTIONS,
  PaceApplicationModule,
} from '@billing/pace/application';
import { BullModule } from '@nestjs/bullmq';
import { EXPORTS_PROJECTIONS, ExportsApplicationModule } from '@billing/exports/application';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { EventStoreModule } from './event-store/event-store.module';
import { mapWrongExpectedRevision } from './event-store/map-wrong-expected-revision';
import { HealthModule } from './health/health.module';

/** The api's composition root. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig) {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot({
          service: 'api',
          quietPaths: ['/api/v1/health'],
        }),
        ClockModule,
        HttpErrorsModule.forRoot({
          mappers: [mapWrongExpectedRevision, mapForbiddenError],
        }),
        DatabaseModule,
        HealthModule,
        EventStoreModule,
        EventSourcingModule,
        AccessModule,
        OrganisationApplicationModule,
        TimeTrackingApplicationModule,
        ClosingApplicationModule,
        ReportingApplicationModule,
        AuditApplicationModule,
        RatesApplicationModule,
        BillingApplicationModule,
        // Producers (Pace reminders) put jobs on Redis; the worker processes them.
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (appConfig: AppConfig) => ({
            connection: { url: appConfig.redisUrl },
          }),
        }),
        PaceApplicationModule,
        ExportsApplicationModule,
        DemoModule,
        ProjectionsModule.forRoot({
          imports: [
            AccessModule,
            OrganisationApplicationModule,
            TimeTrackingApplicationModule,
            ClosingApplicationModule,
            ReportingApplicationModule,
            AuditApplicationModule,
            BillingApplicationModule,
            PaceApplicationModule,
            ExportsApplicationModule,
          ],
          projections: [
            ...ACCESS_PROJECTIONS,
            ...ORGANISATION_PROJECTIONS,
            ...TIME_TRACKING_PROJECTIONS,
            ...CLOSING_PROJECTIONS,
            ...REPORTING_PROJECTIONS,
            ...AUDIT_PROJECTIONS,
            ...BILLING_PROJECTIONS,
            ...PACE_PROJECTIONS,
            ...EXPORTS_PROJECTIONS,
          ],
        }),
      ],
    };
  }
}
