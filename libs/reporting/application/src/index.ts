export { ReportingApplicationModule } from './lib/reporting-application.module';
export {
  REPORTING_ENTITIES,
  REPORTING_MIGRATIONS,
  REPORTING_PROJECTIONS,
} from './lib/reporting-persistence';
export {
  TIME_REPORT_PROJECTION,
  TimeReportProjection,
  TIME_REPORT_FILTER,
  TimeReportProjectionCore,
} from './lib/read-model/time-report.projection';
export {
  ReportReadModel,
  SHADOW_REPORT_PROJECTION,
  shadowRebuildOfReports,
} from './lib/read-model/report-read-model';
export {
  LIVE_REPORT_TABLES,
  reportTables,
  type ReportTables,
} from './lib/read-model/report-tables';
export {
  ShadowRebuild,
  type ShadowRebuildOptions,
  type ShadowRebuildPhase,
  type ShadowRebuildResult,
} from './lib/shadow-rebuild/shadow-rebuild';
export { type ReportSelection } from './lib/time-report/report-sql';
export { ANALYTIC_SETTINGS_SQL } from './lib/time-report/analytic-settings';
export { parallelTotals, REPORT_QUERY_PARTS } from './lib/time-report/parallel-totals';
export {
  TimeReports,
  type TimeReportSpec,
} from './lib/time-report/time-reports';
export { OrganisationZone } from './lib/shared/organisation-zone';
export { ReportFreshnessReader } from './lib/time-report/report-freshness';
export { adjustingEntriesSql, exportRowsSql } from './lib/time-report/export-rows-sql';
export { reportEntryOf, type ReportEntrySqlRow } from './lib/time-report/report-entry-row';
export { buildTree, type TotalsTree } from './lib/time-report/report-tree';
export { totalsTreeIn, type TransactionQuery } from './lib/time-report/totals-in-transaction';
export { totalsProfit } from './lib/time-report/totals-profit';
export { ReportFiltersDto, cleanFilters } from './lib/time-report/report-filters.dto';
export { ReportPeriodDto } from './lib/time-report/time-report.dto';
export { GroupByProperty } from './lib/time-report/group-by';
export { NestedProperty, OptionalNestedProperty } from './lib/shared/nested-property';
export { checkPeriod } from './lib/time-report/report-period';
