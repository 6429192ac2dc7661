import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { BehindView } from '@billing/pace/contracts';
import { type LocalDate, ValidationError, isLocalDate } from '@billing/shared/kernel';
import { IsLocalDateText } from '../shared/http';
import { OrganisationCalendar } from '../shared/organisation-calendar';
import { PaceAccess } from '../shared/pace-access';
import { membersBehind } from './members-behind';

export class BehindQueryDto {
  @ApiPropertyOptional({ example: '2026-03-13', description: 'Default: today in the organisation zone' })
  @IsOptional()
  @IsLocalDateText()
  on?: string;
}

export class GetBehindQuery extends Query<BehindView> {
  constructor(
    readonly principal: Principal,
    readonly on: string | undefined,
  ) {
    super();
  }
}

@QueryHandler(GetBehindQuery)
export class GetBehindHandler implements IQueryHandler<GetBehindQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PaceAccess,
    private readonly calendar: OrganisationCalendar,
  ) {}

  async execute({ principal, on }: GetBehindQuery): Promise<BehindView> {
    if (on !== undefined && !isLocalDate(on)) throw ValidationError.single('on', 'must be a calendar date YYYY-MM-DD');
    const day = (on as LocalDate | undefined) ?? (await this.calendar.today());
    const behind = await membersBehind(this.dataSource, day, this.access.reach(principal));
    return { on: day, ...behind };
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('pace/behind')
export class BehindController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('pace.read')
  @ApiOkResponse({ description: 'Members under 90 % of expected over the month to `on`, within your scope (responsibles: their teams)' })
  behind(@CurrentPrincipal() principal: Principal, @QueryParams() query: BehindQueryDto): Promise<BehindView> {
    return this.queries.execute(new GetBehindQuery(principal, query.on));
  }
}
