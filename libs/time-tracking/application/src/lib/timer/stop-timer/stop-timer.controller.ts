import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { ApiIdempotencyKey, withEtag } from '../../shared/http/revision-headers';
import { StopTimerCommand } from './stop-timer.command';
import { StopTimerDto } from './stop-timer.dto';

@ApiTags('timer')
@ApiBearerAuth()
@Controller('timer')
export class StopTimerController {
  constructor(private readonly commands: CommandBus) {}

  @Post('stop')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('time.write.own')
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'The stopped entry' })
  @ApiConflictResponse({ description: 'TIMER_NOT_RUNNING, or another stop won the race (WRONG_EXPECTED_REVISION)' })
  async stop(
    @CurrentPrincipal() principal: Principal,
    @Body() body: StopTimerDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TimeEntryView> {
    return withEtag(response, await this.commands.execute(new StopTimerCommand(principal, body)));
  }
}
