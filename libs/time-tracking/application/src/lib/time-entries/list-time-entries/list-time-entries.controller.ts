import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryPage } from '@billing/time-tracking/contracts';
import { ListTimeEntriesDto } from './list-time-entries.dto';
import { ListTimeEntriesQuery } from './list-time-entries.query';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class ListTimeEntriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('time.read.own')
  @ApiOkResponse({ description: "One page of the caller's scope, newest first" })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListTimeEntriesDto): Promise<TimeEntryPage> {
    return this.queries.execute(new ListTimeEntriesQuery(principal, query));
  }
}
