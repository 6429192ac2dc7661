import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { withEtag } from '../../shared/http/revision-headers';
import { GetTimeEntryQuery } from './get-time-entry.query';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class GetTimeEntryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @RequirePermission('time.read.own')
  @ApiOkResponse({ description: 'The entry; ETag is its revision (send it as If-Match to change it)' })
  @ApiNotFoundResponse({ description: 'No such entry' })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', EntryIdPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    return withEtag(response, await this.queries.execute(new GetTimeEntryQuery(principal, id)));
  }
}
