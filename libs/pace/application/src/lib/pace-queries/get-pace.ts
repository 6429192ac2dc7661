import { Controller, Get, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { PACE_ROLLUPS, PACE_SCOPES, type PaceFigures, type PaceQuery, type PaceRollupName, type PaceScopeName, type PaceView } from '@billing/pace/contracts';
import { type PaceFigures as DomainFigures, isBehind, rollUp, sumFigures } from '@billing/pace/domain';
import { type LocalDate, ValidationError, daysBetween, isLocalDate } from '@billing/shared/kernel';
import { IsLocalDateText } from '../shared/http';
import { PaceAccess, type PaceReach } from '../shared/pace-access';
import { paceMemberDays } from './pace-rows';

export const MAX_PACE_RANGE_DAYS = 366;

export class PaceQueryDto implements PaceQuery {
  @ApiProperty({ enum: PACE_SCOPES })
  @IsIn(PACE_SCOPES)
  scope!: PaceScopeName;

  @ApiPropertyOptional({ format: 'uuid', description: 'Member or team id; not with organisation' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsLocalDateText()
  to!: string;

  @ApiPropertyOptional({ enum: PACE_ROLLUPS, default: 'day' })
  @IsOptional()
  @IsIn(PACE_ROLLUPS)
  rollup?: PaceRollupName;
}

export const withBehind = <Figures extends DomainFigures>(figures: Figures): Figures & PaceFigures => ({ ...figures, behind: isBehind(figures) });

export function checkRange(from: string, to: string): { from: LocalDate; to: LocalDate } {
  if (!isLocalDate(from)) throw ValidationError.single('from', 'must be a calendar date YYYY-MM-DD');
  if (!isLocalDate(to)) throw ValidationError.single('to', 'must be a calendar date YYYY-MM-DD');
  if (to < from) throw ValidationError.single('to', 'must not be before from');
  if (daysBetween(from, to) + 1 > MAX_PACE_RANGE_DAYS) throw ValidationError.single('to', `the range spans at most ${MAX_PACE_RANGE_DAYS} days`);
  return { from, to };
}

export class GetPaceQuery extends Query<PaceView> {
  constructor(
    readonly principal: Principal,
    readonly query: PaceQuery,
  ) {
    super();
  }
}

@QueryHandler(GetPaceQuery)
export class GetPaceHandler implements IQueryHandler<GetPaceQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PaceAccess,
  ) {}

  private async reachFor(principal: Principal, query: PaceQuery): Promise<PaceReach> {
    if (query.scope === 'organisation') {
      if (query.id !== undefined) throw ValidationError.single('id', 'must be left out for the organisation');
      return this.access.reach(principal);
    }
    if (query.id === undefined) throw ValidationError.single('id', `is required for scope ${query.scope}`);
    return query.scope === 'member' ? this.access.assertMember(principal, query.id) : this.access.assertTeam(principal, query.id);
  }

  async execute({ principal, query }: GetPaceQuery): Promise<PaceView> {
    const range = checkRange(query.from, query.to);
    const rollup = query.rollup ?? 'day';
    const reach = await this.reachFor(principal, query);
    const members = await paceMemberDays(this.dataSource, {
      ...range,
      reach,
      ...(query.scope === 'member' ? { memberId: query.id } : {}),
      ...(query.scope === 'team' ? { teamId: query.id } : {}),
    });
    const allDays = members.flatMap((member) => member.days);
    return {
      scope: query.scope,
      id: query.id ?? null,
      ...range,
      rollup,
      buckets: rollUp(allDays, rollup, range).map(withBehind),
      total: withBehind(sumFigures(allDays)),
      members: members.map((member) => ({
        memberId: member.memberId,
        name: member.name,
        buckets: rollUp(member.days, rollup, range).map(withBehind),
        total: withBehind(sumFigures(member.days)),
      })),
    };
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('pace')
export class PaceController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('pace.read')
  @ApiOkResponse({ description: 'Expected, tracked and missing seconds per bucket, in total and per member (the heat map)' })
  pace(@CurrentPrincipal() principal: Principal, @QueryParams() query: PaceQueryDto): Promise<PaceView> {
    return this.queries.execute(new GetPaceQuery(principal, query));
  }
}
