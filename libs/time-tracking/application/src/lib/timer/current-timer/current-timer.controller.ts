import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { ValidationError, isUuid } from '@billing/shared/kernel';
import type { CurrentTimerView } from '@billing/time-tracking/contracts';
import { CurrentTimerQuery } from './current-timer.query';

@ApiTags('timer')
@ApiBearerAuth()
@Controller('timer')
export class CurrentTimerController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('time.read.own')
  @ApiQuery({ name: 'memberId', required: false, description: "Default: the caller; others' need time.read.any in scope" })
  @ApiOkResponse({ description: 'The running timer, if any' })
  current(@CurrentPrincipal() principal: Principal, @Query('memberId') memberId?: unknown): Promise<CurrentTimerView> {
    if (memberId !== undefined && !isUuid(memberId)) throw ValidationError.single('memberId', 'must be a lower-case UUID');
    return this.queries.execute(new CurrentTimerQuery(principal, (memberId as string | undefined) ?? principal.memberId));
  }
}
