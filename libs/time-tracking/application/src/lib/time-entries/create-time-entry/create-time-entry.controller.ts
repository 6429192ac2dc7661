import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { ApiIdempotencyKey, withEtag } from '../../shared/http/revision-headers';
import { CreateTimeEntryCommand } from './create-time-entry.command';
import { CreateTimeEntryDto } from './create-time-entry.dto';

@ApiTags('time-entries')
@ApiBearerAuth()
@Controller('time-entries')
export class CreateTimeEntryController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @RequirePermission('time.write.own')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The logged entry; ETag is its revision' })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed (named in `fields`)' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateTimeEntryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    const view = await this.commands.execute(new CreateTimeEntryCommand(principal, body));
    response.setHeader('Location', `/api/v1/time-entries/${view.id}`);
    return withEtag(response, view);
  }
}
