import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { RequirePermission } from '@billing/access/application';
import type { PeriodListQuery, PeriodListView } from '@billing/closing/contracts';
import { type Clock, Period, ValidationError } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { OrganisationCalendars } from '../../shared/closing-settings';
import { IsPeriodKey } from '../../shared/http/validators';
import { PeriodViews } from '../../shared/period-views';

const MAX_MONTHS = 120;

export class ListPeriodsDto implements PeriodListQuery {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (default: 11 months before the current one)' })
  @IsOptional()
  @IsPeriodKey()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'Last month (default: the current month)' })
  @IsOptional()
  @IsPeriodKey()
  to?: string;
}

export class ListPeriodsQuery extends Query<PeriodListView> {
  constructor(readonly query: PeriodListQuery) {
    super();
  }
}

@QueryHandler(ListPeriodsQuery)
export class ListPeriodsHandler implements IQueryHandler<ListPeriodsQuery> {
  constructor(
    private readonly calendars: OrganisationCalendars,
    private readonly views: PeriodViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ query }: ListPeriodsQuery): Promise<PeriodListView> {
    const calendar = await this.calendars.current();
    const to = query.to === undefined ? Period.containing(this.clock.now(), calendar.timeZone) : Period.fromKey(query.to, calendar.timeZone);
    let from = query.from === undefined ? to : Period.fromKey(query.from, calendar.timeZone);
    if (query.from === undefined) for (let step = 0; step < 11; step += 1) from = from.previous();
    if (from.key > to.key) throw ValidationError.single('from', `must not be after to (${to.key})`);
    const keys: string[] = [];
    for (let period = to; period.key >= from.key; period = period.previous()) {
      keys.push(period.key);
      if (keys.length > MAX_MONTHS) throw ValidationError.single('from', `at most ${MAX_MONTHS} months at once`);
    }
    return { timeZone: calendar.timeZone, items: await this.views.list(keys, calendar) };
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class ListPeriodsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('close.read')
  @ApiOkResponse({ description: 'Months newest first, each with its status per scope and its submission deadline' })
  list(@QueryParams() query: ListPeriodsDto): Promise<PeriodListView> {
    return this.queries.execute(new ListPeriodsQuery(query));
  }
}
