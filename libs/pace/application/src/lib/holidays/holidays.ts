import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query as QueryParams } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler, Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { AddHolidayRequest, HolidayYearView, ImportHolidaysRequest, ImportHolidaysResult, RenameHolidayRequest } from '@billing/pace/contracts';
import type { HolidayCalendarState, HolidayCommand, HolidayInput } from '@billing/pace/domain';
import type { LocalDate } from '@billing/shared/kernel';
import { OrganisationCalendar } from '../shared/organisation-calendar';
import { IsLocalDateText, LocalDateParamPipe } from '../shared/http';
import { PaceStreams } from '../shared/pace-streams';
import { parseHolidayIcs } from './parse-holiday-ics';

export class AddHolidayDto implements AddHolidayRequest {
  @ApiProperty({ example: '2026-12-25' })
  @IsLocalDateText()
  date!: string;

  @ApiProperty({ example: 'Christmas Day', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class RenameHolidayDto implements RenameHolidayRequest {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class ImportHolidaysDto implements ImportHolidaysRequest {
  @ApiProperty({ description: 'Text of an .ics calendar; all-day events become holidays' })
  @IsString()
  @MaxLength(1024 * 1024)
  ics!: string;

  @ApiPropertyOptional({ example: 2026, description: 'Only this year (default: this year and the next)' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(9999)
  year?: number;
}

export class HolidayYearDto {
  @ApiPropertyOptional({ example: 2026, description: 'Default: this year in the organisation zone' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(9999)
  year?: number;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

function yearView(year: number, state: HolidayCalendarState, revision: number | null): HolidayYearView {
  const holidays = Object.entries(state.holidays)
    .map(([date, name]) => ({ date, name }))
    .sort((left, right) => (left.date < right.date ? -1 : 1));
  return { year, holidays, revision };
}

export class ChangeHolidaysCommand extends Command<HolidayYearView> {
  constructor(
    readonly principal: Principal,
    readonly command: HolidayCommand,
  ) {
    super();
  }
}

@CommandHandler(ChangeHolidaysCommand)
export class ChangeHolidaysHandler implements ICommandHandler<ChangeHolidaysCommand> {
  constructor(private readonly streams: PaceStreams) {}

  async execute({ principal, command }: ChangeHolidaysCommand): Promise<HolidayYearView> {
    const written = await this.streams.holidays(principal.memberId, command);
    return yearView(command.data.year, written.state, written.revision);
  }
}

export class ImportHolidaysCommand extends Command<ImportHolidaysResult> {
  constructor(
    readonly principal: Principal,
    readonly request: ImportHolidaysRequest,
  ) {
    super();
  }
}

/** One calendar (stream) per year: the parsed holidays are imported year by year. */
@CommandHandler(ImportHolidaysCommand)
export class ImportHolidaysHandler implements ICommandHandler<ImportHolidaysCommand> {
  constructor(
    private readonly streams: PaceStreams,
    private readonly calendar: OrganisationCalendar,
  ) {}

  async execute({ principal, request }: ImportHolidaysCommand): Promise<ImportHolidaysResult> {
    const thisYear = yearOf(await this.calendar.today());
    const years = request.year === undefined ? { from: thisYear, to: thisYear + 1 } : { from: request.year, to: request.year };
    const parsed = parseHolidayIcs(request.ics, years);
    const byYear = new Map<number, HolidayInput[]>();
    for (const holiday of parsed.holidays) byYear.set(yearOf(holiday.date), [...(byYear.get(yearOf(holiday.date)) ?? []), holiday]);
    const result: ImportHolidaysResult = { added: [], renamed: [], unchanged: [], skipped: parsed.skipped };
    for (const [year, holidays] of [...byYear].sort(([left], [right]) => left - right)) {
      const written = await this.streams.holidays(principal.memberId, { type: 'import-holidays', data: { year, holidays } });
      const changed = new Map<string, 'added' | 'renamed'>();
      for (const event of written.events as { type: string; data: { date: string } }[]) {
        changed.set(event.data.date, event.type === 'holiday-added' ? 'added' : 'renamed');
      }
      for (const [date, name] of Object.entries(written.state.holidays)) {
        if (!holidays.some((holiday) => holiday.date === date)) continue;
        result[changed.get(date) ?? 'unchanged'].push({ date, name });
      }
    }
    return result;
  }
}

export class GetHolidaysQuery extends Query<HolidayYearView> {
  constructor(readonly year: number | undefined) {
    super();
  }
}

@QueryHandler(GetHolidaysQuery)
export class GetHolidaysHandler implements IQueryHandler<GetHolidaysQuery> {
  constructor(
    private readonly streams: PaceStreams,
    private readonly calendar: OrganisationCalendar,
  ) {}

  async execute({ year }: GetHolidaysQuery): Promise<HolidayYearView> {
    const wanted = year ?? yearOf(await this.calendar.today());
    const loaded = await this.streams.loadHolidays(wanted);
    return yearView(wanted, loaded.state, loaded.revision);
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('holidays')
export class HolidaysController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequirePermission('organisation.read')
  @ApiOkResponse({ description: 'The holidays of a year' })
  list(@QueryParams() query: HolidayYearDto): Promise<HolidayYearView> {
    return this.queries.execute(new GetHolidaysQuery(query.year));
  }

  @Post()
  @RequirePermission('organisation.manage')
  @ApiOkResponse({ description: 'The year after the change; 409 HOLIDAY_EXISTS when the date has another holiday' })
  add(@CurrentPrincipal() principal: Principal, @Body() body: AddHolidayDto): Promise<HolidayYearView> {
    const date = body.date as LocalDate;
    return this.commands.execute(new ChangeHolidaysCommand(principal, { type: 'add-holiday', data: { year: yearOf(date), date, name: body.name } }));
  }

  @Post('import')
  @HttpCode(200)
  @RequirePermission('organisation.manage')
  @ApiOkResponse({ description: 'All-day events of the .ics text: added, renamed, unchanged, skipped' })
  import(@CurrentPrincipal() principal: Principal, @Body() body: ImportHolidaysDto): Promise<ImportHolidaysResult> {
    return this.commands.execute(new ImportHolidaysCommand(principal, body));
  }

  @Put(':date')
  @RequirePermission('organisation.manage')
  rename(@CurrentPrincipal() principal: Principal, @Param('date', LocalDateParamPipe) date: string, @Body() body: RenameHolidayDto): Promise<HolidayYearView> {
    const day = date as LocalDate;
    return this.commands.execute(new ChangeHolidaysCommand(principal, { type: 'rename-holiday', data: { year: yearOf(day), date: day, name: body.name } }));
  }

  @Delete(':date')
  @HttpCode(200)
  @RequirePermission('organisation.manage')
  remove(@CurrentPrincipal() principal: Principal, @Param('date', LocalDateParamPipe) date: string): Promise<HolidayYearView> {
    const day = date as LocalDate;
    return this.commands.execute(new ChangeHolidaysCommand(principal, { type: 'remove-holiday', data: { year: yearOf(day), date: day } }));
  }
}
