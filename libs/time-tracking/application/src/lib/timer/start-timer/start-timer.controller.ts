import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { ApiIdempotencyKey, withEtag } from '../../shared/http/revision-headers';
import { StartTimerCommand } from './start-timer.command';
import { StartTimerDto } from './start-timer.dto';

@ApiTags('timer')
@ApiBearerAuth()
@Controller('timer')
export class StartTimerController {
  constructor(private readonly commands: CommandBus) {}

  @Post('start')
  @HttpCode(HttpStatus.CREATED)
  @RequirePermission('time.write.own')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ description: 'The new running entry (a running one was stopped at the same instant)' })
  @ApiConflictResponse({ description: 'Another start or stop won the race (WRONG_EXPECTED_REVISION), or PERIOD_CLOSED' })
  async start(
    @CurrentPrincipal() principal: Principal,
    @Body() body: StartTimerDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    const view = await this.commands.execute(new StartTimerCommand(principal, body));
    response.setHeader('Location', `/api/v1/time-entries/${view.id}`);
    return withEtag(response, view);
  }
}
