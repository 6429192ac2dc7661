import type {
  ReportGroupBy,
  ReportPeriod,
  TimeReport,
  TimeReportFilters,
} from './time-report';

/**
 * Saved reports: `/api/v1/reports/saved`. A saved report belongs to the member who saved it; `shared: true` lets
 * everyone in the organisation find and run it (each with their own scope). Only the owner changes or deletes it.
 */

/** Resolved in the organisation's time zone when the report runs; weeks are ISO weeks (Monday to Sunday). */
export const RELATIVE_PERIODS = [
  'today',
  'yesterday',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'last_7_days',
  'last_30_days',
  'this_year',
  'last_year',
] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

export function isRelativePeriod(value: unknown): value is RelativePeriod {
  return RELATIVE_PERIODS.includes(value as RelativePeriod);
}

/** Either fixed days, or a period relative to the day the report runs. */
export type SavedReportPeriod =
  | { kind: 'fixed'; from: string; to: string }
  | { kind: 'relative'; relative: RelativePeriod };

export const MAX_SAVED_REPORT_NAME_LENGTH = 120;

/** Body of `POST /api/v1/reports/saved` and `PUT /api/v1/reports/saved/:id` (the whole definition). */
export interface SaveReportRequest {
  name: string;
  period: SavedReportPeriod;
  filters?: TimeReportFilters;
  groupBy?: ReportGroupBy[];
  /** Visible to the whole organisation (default false). */
  shared?: boolean;
}

export interface SavedReportView {
  id: string;
  name: string;
  ownerId: string;
  period: SavedReportPeriod;
  filters: TimeReportFilters;
  groupBy: ReportGroupBy[];
  shared: boolean;
  /** The caller owns it (and may change, delete and share it online). */
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/v1/reports/saved`: the caller's own reports and those shared with the organisation, by name. */
export interface SavedReportList {
  items: SavedReportView[];
}

/** Response of `POST /api/v1/reports/saved/:id/run` and of the public shared link. */
export interface SavedReportRun {
  savedReport: Pick<
    SavedReportView,
    'id' | 'name' | 'period' | 'filters' | 'groupBy'
  >;
  /** The period the relative one resolved to. */
  period: ReportPeriod;
  report: TimeReport;
}
