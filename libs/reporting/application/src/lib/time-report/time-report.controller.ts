import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeReport } from '@billing/reporting/contracts';
import { TimeReportDto } from './time-report.dto';
import { TimeReportQuery } from './time-report.query';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/time')
export class TimeReportController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('reports.read')
  @ApiOkResponse({
    description:
      "Totals grouped up to three levels (and optionally a page of entries), within the caller's scope. " +
      '`freshness` says how current the report read model was: `countedThrough`, when the store recorded the last ' +
      'event it applied; `pendingSince`, when it recorded the oldest event still to apply (null when caught up). ' +
      'A pendingSince older than a few seconds means the totals may be missing recent changes.',
  })
  run(
    @CurrentPrincipal() principal: Principal,
    @Body() body: TimeReportDto,
  ): Promise<TimeReport> {
    return this.queries.execute(new TimeReportQuery(principal, body));
  }
}
