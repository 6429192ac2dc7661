import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { AcceptCalendarProposalsResponse } from '@billing/time-tracking/contracts';
import { ApiIdempotencyKey } from '../../shared/http/revision-headers';
import { AcceptCalendarCommand } from './accept-calendar.command';
import { AcceptCalendarDto } from './accept-calendar.dto';

@ApiTags('calendar-import')
@ApiBearerAuth()
@Controller('time-entries/calendar-import')
export class AcceptCalendarController {
  constructor(private readonly commands: CommandBus) {}

  @Post('accept')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('time.write.own')
  @ApiIdempotencyKey()
  @ApiOkResponse({ description: 'Per proposal: logged, already-imported, or refused with the reason' })
  accept(@CurrentPrincipal() principal: Principal, @Body() body: AcceptCalendarDto): Promise<AcceptCalendarProposalsResponse> {
    return this.commands.execute(new AcceptCalendarCommand(principal, body));
  }
}
