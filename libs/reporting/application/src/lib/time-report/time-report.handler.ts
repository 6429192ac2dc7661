import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  DEFAULT_ENTRIES_PAGE_SIZE,
  type TimeReport,
} from '@billing/reporting/contracts';
import { cleanFilters } from './report-filters.dto';
import { checkPeriod } from './report-period';
import { TimeReportQuery } from './time-report.query';
import { TimeReports } from './time-reports';

@QueryHandler(TimeReportQuery)
export class TimeReportHandler implements IQueryHandler<TimeReportQuery> {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly reports: TimeReports,
  ) {}

  execute({ principal, request }: TimeReportQuery): Promise<TimeReport> {
    const period = checkPeriod(request.period);
    const scope = this.policy.queryScope(principal, 'reports.read');
    return this.reports.run(
      {
        period,
        filters: cleanFilters(request.filters),
        groupBy: [...(request.groupBy ?? [])],
        ...(request.includeEntries
          ? {
              entries: {
                page: request.entriesPage ?? 1,
                pageSize: request.entriesPageSize ?? DEFAULT_ENTRIES_PAGE_SIZE,
              },
            }
          : {}),
      },
      scope,
    );
  }
}
