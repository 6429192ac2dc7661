import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler, Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { RecordTimeOffRequest, TimeOffListView } from '@billing/pace/contracts';
import type { MemberPaceState } from '@billing/pace/domain';
import type { LocalDate, MemberId } from '@billing/shared/kernel';
import { IsLocalDateText, UuidParamPipe } from '../shared/http';
import { PaceAccess } from '../shared/pace-access';
import { PaceStreams } from '../shared/pace-streams';

export class RecordTimeOffDto implements RecordTimeOffRequest {
  @ApiProperty({ example: '2026-03-10' })
  @IsLocalDateText()
  from!: string;

  @ApiPropertyOptional({ example: '2026-03-10', description: 'Inclusive; defaults to from' })
  @IsOptional()
  @IsLocalDateText()
  to?: string;

  @ApiPropertyOptional({ example: 14400, description: 'Seconds off per day (half a day: 14400); leave out for full days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(86_400)
  secondsPerDay?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

function listView(memberId: string, state: MemberPaceState, revision: number | null): TimeOffListView {
  const items = Object.values(state.timeOff)
    .map((timeOff) => ({ id: timeOff.timeOffId, memberId, from: timeOff.from, to: timeOff.to, secondsPerDay: timeOff.secondsPerDay, note: timeOff.note }))
    .sort((left, right) => (left.from < right.from ? -1 : left.from > right.from ? 1 : left.id < right.id ? -1 : 1));
  return { memberId, items, revision };
}

export class RecordTimeOffCommand extends Command<TimeOffListView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly request: RecordTimeOffRequest,
  ) {
    super();
  }
}

@CommandHandler(RecordTimeOffCommand)
export class RecordTimeOffHandler implements ICommandHandler<RecordTimeOffCommand> {
  constructor(private readonly streams: PaceStreams) {}

  async execute({ principal, memberId, request }: RecordTimeOffCommand): Promise<TimeOffListView> {
    const written = await this.streams.member(principal.memberId, {
      type: 'record-time-off',
      data: {
        memberId: memberId as MemberId,
        timeOffId: randomUUID(),
        from: request.from as LocalDate,
        to: (request.to ?? request.from) as LocalDate,
        secondsPerDay: request.secondsPerDay ?? null,
        note: request.note?.trim() ?? '',
      },
    });
    return listView(memberId, written.state, written.revision);
  }
}

export class CancelTimeOffCommand extends Command<TimeOffListView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly timeOffId: string,
  ) {
    super();
  }
}

@CommandHandler(CancelTimeOffCommand)
export class CancelTimeOffHandler implements ICommandHandler<CancelTimeOffCommand> {
  constructor(private readonly streams: PaceStreams) {}

  async execute({ principal, memberId, timeOffId }: CancelTimeOffCommand): Promise<TimeOffListView> {
    const written = await this.streams.member(principal.memberId, { type: 'cancel-time-off', data: { memberId: memberId as MemberId, timeOffId } });
    return listView(memberId, written.state, written.revision);
  }
}

export class ListTimeOffQuery extends Query<TimeOffListView> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
  ) {
    super();
  }
}

@QueryHandler(ListTimeOffQuery)
export class ListTimeOffHandler implements IQueryHandler<ListTimeOffQuery> {
  constructor(
    private readonly streams: PaceStreams,
    private readonly access: PaceAccess,
  ) {}

  async execute({ principal, memberId }: ListTimeOffQuery): Promise<TimeOffListView> {
    await this.access.assertMember(principal, memberId);
    const loaded = await this.streams.loadMember(memberId);
    return listView(memberId, loaded.state, loaded.revision);
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('members/:id/time-off')
export class TimeOffController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RequirePermission('members.manage')
  @ApiOkResponse({ description: 'Full days, or seconds off per day; the member\'s time off after the change' })
  record(@CurrentPrincipal() principal: Principal, @Param('id', UuidParamPipe) id: string, @Body() body: RecordTimeOffDto): Promise<TimeOffListView> {
    return this.commands.execute(new RecordTimeOffCommand(principal, id, body));
  }

  @Get()
  @RequirePermission('pace.read')
  list(@CurrentPrincipal() principal: Principal, @Param('id', UuidParamPipe) id: string): Promise<TimeOffListView> {
    return this.queries.execute(new ListTimeOffQuery(principal, id));
  }

  @Delete(':timeOffId')
  @HttpCode(200)
  @RequirePermission('members.manage')
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Param('timeOffId', UuidParamPipe) timeOffId: string,
  ): Promise<TimeOffListView> {
    return this.commands.execute(new CancelTimeOffCommand(principal, id, timeOffId));
  }
}
