import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { ListAdjustmentsQuery } from './list-adjustments.query';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class ListAdjustmentsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/adjustments')
  @RequirePermission('time.read.own')
  @ApiOkResponse({ description: "The entry's live adjusting entries, oldest first" })
  @ApiNotFoundResponse({ description: 'No such entry' })
  list(@CurrentPrincipal() principal: Principal, @Param('id', EntryIdPipe) id: string): Promise<TimeEntryView[]> {
    return this.queries.execute(new ListAdjustmentsQuery(principal, id));
  }
}
