import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler, Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { SetWorkScheduleRequest, WeekdaySeconds, WorkScheduleView } from '@billing/pace/contracts';
import type { LocalDate, MemberId } from '@billing/shared/kernel';
import { OrganisationCalendar } from '../shared/organisation-calendar';
import { IsLocalDateText, UuidParamPipe } from '../shared/http';
import { PaceAccess } from '../shared/pace-access';
import { PaceStreams } from '../shared/pace-streams';
import { scheduleView } from './schedule-views';

export class SetWorkScheduleDto implements SetWorkScheduleRequest {
  @ApiProperty({ example: '2026-03-16', description: 'Applies from this local date until the next version' })
  @IsLocalDateText()
  validFrom!: string;

  @ApiProperty({ type: [Number], minItems: 7, maxItems: 7, example: [28800, 28800, 28800, 28800, 28800, 0, 0], description: 'Seconds per ISO weekday, Monday first' })
  @IsArray()
  @ArrayMinSize(7)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(86_400, { each: true })
  weekdaySeconds!: WeekdaySeconds;
}

export class SetWorkScheduleCommand extends Command<WorkScheduleView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly request: SetWorkScheduleRequest,
  ) {
    super();
  }
}

@CommandHandler(SetWorkScheduleCommand)
export class SetWorkScheduleHandler implements ICommandHandler<SetWorkScheduleCommand> {
  constructor(
    private readonly streams: PaceStreams,
    private readonly calendar: OrganisationCalendar,
  ) {}

  async execute({ principal, memberId, request }: SetWorkScheduleCommand): Promise<WorkScheduleView> {
    const written = await this.streams.member(principal.memberId, {
      type: 'set-work-schedule',
      data: { memberId: memberId as MemberId, validFrom: request.validFrom as LocalDate, weekdaySeconds: request.weekdaySeconds },
    });
    return scheduleView(memberId, written.state, written.revision, await this.calendar.today());
  }
}

export class GetWorkScheduleQuery extends Query<WorkScheduleView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
  ) {
    super();
  }
}

@QueryHandler(GetWorkScheduleQuery)
export class GetWorkScheduleHandler implements IQueryHandler<GetWorkScheduleQuery> {
  constructor(
    private readonly streams: PaceStreams,
    private readonly calendar: OrganisationCalendar,
    private readonly access: PaceAccess,
  ) {}

  async execute({ principal, memberId }: GetWorkScheduleQuery): Promise<WorkScheduleView> {
    await this.access.assertMember(principal, memberId);
    const loaded = await this.streams.loadMember(memberId);
    return scheduleView(memberId, loaded.state, loaded.revision, await this.calendar.today());
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('members/:id/schedule')
export class WorkScheduleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put()
  @RequirePermission('members.manage')
  @ApiOkResponse({ description: 'The schedule with its history; a version on the same date replaces that one' })
  set(@CurrentPrincipal() principal: Principal, @Param('id', UuidParamPipe) id: string, @Body() body: SetWorkScheduleDto): Promise<WorkScheduleView> {
    return this.commands.execute(new SetWorkScheduleCommand(principal, id, body));
  }

  @Get()
  @RequirePermission('pace.read')
  @ApiOkResponse({ description: 'The version in force today and every version' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParamPipe) id: string): Promise<WorkScheduleView> {
    return this.queries.execute(new GetWorkScheduleQuery(principal, id));
  }
}
