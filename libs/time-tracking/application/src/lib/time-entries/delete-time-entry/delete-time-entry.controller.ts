import { Body, Controller, Delete, Param, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { ValidationError } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { ApiIfMatch, IfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { DeleteTimeEntryCommand } from './delete-time-entry.command';
import { ReasonDto } from './reason.dto';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class DeleteTimeEntryController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':id')
  @RequirePermission('time.write.own')
  @ApiIfMatch()
  @ApiQuery({ name: 'reason', required: false })
  @ApiOkResponse({ description: 'The entry, now deleted; ETag is its new revision' })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', EntryIdPipe) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: ReasonDto,
    @Res({ passthrough: true }) response: Response,
    @Query('reason') reasonInQuery?: unknown,
  ): Promise<TimeEntryView> {
    if (reasonInQuery !== undefined && (typeof reasonInQuery !== 'string' || reasonInQuery.length > 500)) {
      throw ValidationError.single('reason', 'must be one text of at most 500 characters');
    }
    const reason = body?.reason ?? (reasonInQuery as string | undefined);
    return withEtag(response, await this.commands.execute(new DeleteTimeEntryCommand(principal, 'delete', id, revision, reason)));
  }
}
