import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '@billing/access/application';
import {
  DEFAULT_ENTRIES_PAGE_SIZE,
  type TimeReport,
} from '@billing/reporting/contracts';
import { type Clock, ValidationError } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { AsOfQueryLog } from './as-of-query-log';
import { cleanFilters } from './report-filters.dto';
import { checkPeriod } from './report-period';
import { TimeReportQuery } from './time-report.query';
import { TimeReports } from './time-reports';

@QueryHandler(TimeReportQuery)
export class TimeReportHandler implements IQueryHandler<TimeReportQuery> {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly reports: TimeReports,
    private readonly asOfLog: AsOfQueryLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, request }: TimeReportQuery): Promise<TimeReport> {
    const period = checkPeriod(request.period);
    const scope = this.policy.queryScope(principal, 'reports.read');
    const filters = cleanFilters(request.filters);
    const groupBy = [...(request.groupBy ?? [])];
    if (request.asOf !== undefined) {
      if (Date.parse(request.asOf) > this.clock.now().getTime())
        throw ValidationError.single('asOf', 'must not be in the future');
      await this.asOfLog.record(principal, {
        period,
        filters,
        groupBy,
        asOf: request.asOf,
      });
    }
    return this.reports.run(
      {
        period,
        filters,
        groupBy,
        ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
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
