import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { EntryIdPipe } from '../../shared/http/entry-id.pipe';
import { ApiIdempotencyKey, withEtag } from '../../shared/http/revision-headers';
import { PostAdjustmentCommand } from './post-adjustment.command';
import { PostAdjustmentDto } from './post-adjustment.dto';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class PostAdjustmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/adjustments')
  @HttpCode(HttpStatus.CREATED)
  @RequirePermission('time.adjust')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The adjusting entry (source adjustment); ETag is its revision' })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed (named in `fields`)' })
  @ApiForbiddenResponse({ description: "Without time.adjust, or the entry is outside the caller's responsibilities" })
  @ApiNotFoundResponse({ description: 'No such entry' })
  @ApiConflictResponse({
    description: 'PERIOD_OPEN (edit the entry instead), PERIOD_CLOSED (the day), ENTRY_DELETED, ADJUSTMENT_BELOW_ZERO, ADJUSTMENT_OF_ADJUSTMENT',
  })
  async post(
    @CurrentPrincipal() principal: Principal,
    @Param('id', EntryIdPipe) id: string,
    @Body() body: PostAdjustmentDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    const view = await this.commands.execute(new PostAdjustmentCommand(principal, id, body));
    response.setHeader('Location', `/api/v1/time-entries/${view.id}`);
    return withEtag(response, view);
  }
}
