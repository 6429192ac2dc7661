import { ReportGroup, ReportGroupBy, ReportPeriod, TimeReportFilters, TimeReportRequest } from '@billing/reporting/contracts';
import { intersectPeriods, isoWeekDays, monthDays } from './report-period';

const FILTER_OF: Readonly<Partial<Record<ReportGroupBy, keyof TimeReportFilters>>> = {
  client: 'clientIds',
  project: 'projectIds',
  task: 'taskIds',
  member: 'memberIds',
  team: 'teamIds',
};

function calendarDays(group: Pick<ReportGroup, 'dimension' | 'key'>): ReportPeriod | null {
  if (group.key === null) {
    return null;
  }
  switch (group.dimension) {
    case 'day':
      return { from: group.key, to: group.key };
    case 'week':
      return isoWeekDays(group.key);
    case 'month':
      return monthDays(group.key);
    default:
      return null;
  }
}

/**
 * The report request that lists the entries of one group: the report's own period and filters, narrowed to each
 * group on the path (its id as the only filter value, its day, week or month as the period), totals only, with a
 * page of entries (as of the report's instant when it is historical). Null when the path holds a group that no filter can select ("(no task)", "(no team)").
 */
export function groupEntriesRequest(
  base: Pick<TimeReportRequest, 'period' | 'filters' | 'asOf'>,
  path: readonly Pick<ReportGroup, 'dimension' | 'key'>[],
  page: number,
  pageSize: number,
): TimeReportRequest | null {
  const filters: TimeReportFilters = { ...(base.filters ?? {}) };
  let period: ReportPeriod | null = base.period;
  for (const group of path) {
    if (group.key === null) {
      return null;
    }
    const field = FILTER_OF[group.dimension];
    if (field) {
      (filters as Record<string, unknown>)[field] = [group.key];
    } else {
      const days = calendarDays(group);
      period = days && period ? intersectPeriods(period, days) : null;
      if (!period) {
        return null;
      }
    }
  }
  // A historical report lists its entries as of the same instant.
  return { period, filters, groupBy: [], includeEntries: true, entriesPage: page, entriesPageSize: pageSize, ...(base.asOf ? { asOf: base.asOf } : {}) };
}
