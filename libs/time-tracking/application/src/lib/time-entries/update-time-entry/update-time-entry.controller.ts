import { Body, Controller, Param, Patch, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { ApiIfMatch, IfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { UpdateTimeEntryCommand } from './update-time-entry.command';
import { UpdateTimeEntryDto } from './update-time-entry.dto';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class UpdateTimeEntryController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id')
  @RequirePermission('time.write.own')
  @ApiIfMatch()
  @ApiOkResponse({ description: 'The entry after the edit; ETag is its new revision' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', EntryIdPipe) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: UpdateTimeEntryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    return withEtag(response, await this.commands.execute(new UpdateTimeEntryCommand(principal, id, revision, body)));
  }
}
