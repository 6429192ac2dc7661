import { Body, Controller, Get, Inject, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import type { CalendarImportRules } from '@billing/time-tracking/contracts';
import { ApiIfMatch, OptionalIfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { PutCalendarRulesDto } from './calendar-rules.dto';
import { CalendarRulesStore } from './calendar-rules.store';

@ApiTags('calendar-import')
@ApiBearerAuth()
@Controller('time-entries/calendar-import/rules')
export class CalendarRulesController {
  constructor(
    private readonly store: CalendarRulesStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('time.write.own')
  @ApiOkResponse({ description: "The caller's keyword rules, in order" })
  async get(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<CalendarImportRules> {
    return withEtag(response, await this.store.of(principal.memberId));
  }

  @Put()
  @RequirePermission('time.write.own')
  @ApiIfMatch(false)
  @ApiOkResponse({ description: 'The saved rules' })
  async put(
    @CurrentPrincipal() principal: Principal,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: PutCalendarRulesDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CalendarImportRules> {
    return withEtag(response, await this.store.replace(principal.memberId, body.rules, revision, this.clock.now()));
  }
}
