import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@billing/access/application';
import { ReportReadModel } from './read-model/report-read-model';
import { ReportReadModelController } from './read-model/report-read-model.controller';
import {
  REPORTING_ENTITIES,
  REPORTING_PROJECTIONS,
} from './reporting-persistence';
import { SavedReports } from './saved-reports/saved-reports';
import { SavedReportsController } from './saved-reports/saved-reports.controller';
import { OrganisationZone } from './shared/organisation-zone';
import { LinkTokens } from './shared-links/link-tokens';
import { SharedLinks } from './shared-links/shared-links';
import { SharedLinksController } from './shared-links/shared-links.controller';
import { SharedReportController } from './shared-links/shared-report.controller';
import { AsOfQueryLog } from './time-report/as-of-query-log';
import { TimeReportController } from './time-report/time-report.controller';
import { TimeReportHandler } from './time-report/time-report.handler';
import { ReportFreshnessReader } from './time-report/report-freshness';
import { TimeReports } from './time-report/time-reports';

/**
 * The reporting context: the report read model (projection and shadow rebuild), `POST /reports/time`, saved reports
 * and shared links. Needs from the host: EVENT_STORE, a TypeORM DataSource listing REPORTING_ENTITIES, AppConfig,
 * CLOCK, the EventSourcingModule, and what the access module needs.
 */
@Module({
  imports: [
    CqrsModule,
    AccessModule,
    TypeOrmModule.forFeature(REPORTING_ENTITIES),
  ],
  controllers: [
    TimeReportController,
    SavedReportsController,
    SharedLinksController,
    SharedReportController,
    ReportReadModelController,
  ],
  providers: [
    TimeReportHandler,
    TimeReports,
    ReportFreshnessReader,
    AsOfQueryLog,
    OrganisationZone,
    SavedReports,
    SharedLinks,
    LinkTokens,
    ReportReadModel,
    ...REPORTING_PROJECTIONS,
  ],
  exports: [ReportReadModel, ...REPORTING_PROJECTIONS],
})
export class ReportingApplicationModule {}
