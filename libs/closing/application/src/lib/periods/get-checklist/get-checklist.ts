import { Controller, Get, Param, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { openFindingCount } from '@billing/closing/domain';
import type { ChecklistQuery, ChecklistView } from '@billing/closing/contracts';
import type { TeamId } from '@billing/shared/kernel';
import { ChecklistService } from '../../checklist/checklist.service';
import { ChecklistScope } from '../../shared/checklist-scope';
import { OrganisationCalendars } from '../../shared/closing-settings';
import { PeriodKeyPipe } from '../../shared/http/period-key.pipe';
import { toList } from '../../shared/http/validators';

export class ChecklistDto implements ChecklistQuery {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Only these teams (repeat, or comma-separated); default: organisation-wide' })
  @IsOptional()
  @Transform(toList)
  @IsUUID('all', { each: true })
  teamId?: string[];
}

export class GetChecklistQuery extends Query<ChecklistView> {
  constructor(
    readonly principal: Principal,
    readonly key: string,
    readonly teamIds: string[] | null,
  ) {
    super();
  }
}

@QueryHandler(GetChecklistQuery)
export class GetChecklistHandler implements IQueryHandler<GetChecklistQuery> {
  constructor(
    private readonly checklists: ChecklistService,
    private readonly calendars: OrganisationCalendars,
    private readonly scope: ChecklistScope,
  ) {}

  async execute({ principal, key, teamIds }: GetChecklistQuery): Promise<ChecklistView> {
    this.scope.assert(principal, teamIds);
    const { timeZone } = await this.calendars.current();
    const snapshot = await this.checklists.compute(key, teamIds as TeamId[] | null, timeZone);
    return { ...snapshot, openFindings: openFindingCount(snapshot) };
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class GetChecklistController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':key/checklist')
  @RequirePermission('close.read')
  @ApiOkResponse({ description: 'The close checklist computed now: running timers, Pace, rates, unbilled hours, quality findings' })
  checklist(
    @CurrentPrincipal() principal: Principal,
    @Param('key', PeriodKeyPipe) key: string,
    @QueryParams() query: ChecklistDto,
  ): Promise<ChecklistView> {
    return this.queries.execute(new GetChecklistQuery(principal, key, query.teamId?.length ? query.teamId : null));
  }
}
