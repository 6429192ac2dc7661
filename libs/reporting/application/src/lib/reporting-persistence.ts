import { CreateReportReadModel1768000000000 } from './migrations/1768000000000-create-report-read-model';
import { CreateSavedReports1768000000100 } from './migrations/1768000000100-create-saved-reports';
import { ReportAmountsAndHistory1768000000200 } from './migrations/1768000000200-report-amounts-and-history';
import { ReportHistoryFunction1768000000300 } from './migrations/1768000000300-report-history-function';
import { ReportHistorySkipsUnversionedUpdates1768000000400 } from './migrations/1768000000400-report-history-skips-unversioned-updates';
import { ReportAdjustmentColumns1768000000500 } from './migrations/1768000000500-report-adjustment-columns';
import { ReportEntryRow } from './read-model/report-entry.row';
import { TimeReportProjection } from './read-model/time-report.projection';
import { SavedReportRow } from './saved-reports/saved-report.row';
import { SharedLinkRow } from './shared-links/shared-link.row';

/** TypeORM entities of reporting (add them to the host's DataSource). */
export const REPORTING_ENTITIES = [
  ReportEntryRow,
  SavedReportRow,
  SharedLinkRow,
];

/** Migrations of reporting, in order. */
export const REPORTING_MIGRATIONS = [
  CreateReportReadModel1768000000000,
  CreateSavedReports1768000000100,
  ReportAmountsAndHistory1768000000200,
  ReportHistoryFunction1768000000300,
  ReportHistorySkipsUnversionedUpdates1768000000400,
  ReportAdjustmentColumns1768000000500,
];

/** Projections to register with `ProjectionsModule.forRoot`. */
export const REPORTING_PROJECTIONS = [TimeReportProjection];
