import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { DeleteTimeEntryCommand } from '../delete-time-entry/delete-time-entry.command';
import { ReasonDto } from '../delete-time-entry/reason.dto';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { ApiIfMatch, OptionalIfMatchRevision, withEtag } from '../../shared/http/revision-headers';

/** Restore shares the delete handler: the same load, context and append, with the restore command. */
@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class RestoreTimeEntryController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('time.write.own')
  @ApiIfMatch(false)
  @ApiOkResponse({ description: 'The entry, back in reports; ETag is its new revision' })
  async restore(
    @CurrentPrincipal() principal: Principal,
    @Param('id', EntryIdPipe) id: string,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    return withEtag(response, await this.commands.execute(new DeleteTimeEntryCommand(principal, 'restore', id, revision, body.reason)));
  }
}
