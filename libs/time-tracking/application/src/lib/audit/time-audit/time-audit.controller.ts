import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeAuditReport } from '@billing/time-tracking/contracts';
import { TimeAuditDto } from './time-audit.dto';
import { TimeAuditQuery } from './time-audit.query';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries/audit')
export class TimeAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('time.read.own')
  @ApiOkResponse({ description: "Quality findings over the caller's scope in the range" })
  audit(@CurrentPrincipal() principal: Principal, @Query() query: TimeAuditDto): Promise<TimeAuditReport> {
    return this.queries.execute(new TimeAuditQuery(principal, query));
  }
}
