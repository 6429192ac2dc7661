import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { PeriodDetailView, ReopenPeriodRequest } from '@billing/closing/contracts';
import type { ReopenPeriod } from '@billing/closing/domain';
import type { Clock, TeamId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { OrganisationCalendars } from '../../shared/closing-settings';
import { commandBasics } from '../../shared/command-metadata';
import { PeriodKeyPipe } from '../../shared/http/period-key.pipe';
import { ApiOptionalIfMatch, OptionalIfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { PeriodStreams } from '../../shared/period-streams';
import { PeriodViews } from '../../shared/period-views';

export class ReopenPeriodDto implements ReopenPeriodRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Leave out to reopen everything closed in the period' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  teamIds?: string[];

  @ApiProperty({ maxLength: 2000, description: 'Why the period is reopened (kept in its history)' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class ReopenPeriodCommand extends Command<PeriodDetailView> {
  constructor(
    readonly principal: Principal,
    readonly key: string,
    readonly request: ReopenPeriodRequest,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

@CommandHandler(ReopenPeriodCommand)
export class ReopenPeriodHandler implements ICommandHandler<ReopenPeriodCommand> {
  constructor(
    private readonly calendars: OrganisationCalendars,
    private readonly streams: PeriodStreams,
    private readonly views: PeriodViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, key, request, expectedRevision }: ReopenPeriodCommand): Promise<PeriodDetailView> {
    const [{ timeZone }, teams] = await Promise.all([this.calendars.current(), this.calendars.teamIds()]);
    const { actorId, at, metadata } = commandBasics(principal, this.clock, request.reason);
    const command: ReopenPeriod = {
      type: 'reopen-period',
      actorId,
      at,
      data: { periodKey: key, reason: request.reason, ...(request.teamIds ? { teamIds: request.teamIds as TeamId[] } : {}) },
    };
    await this.streams.execute(command, { timeZone, isKnownTeam: (teamId) => teams.has(teamId) }, metadata, expectedRevision);
    return this.views.detail(key);
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class ReopenPeriodController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':key/reopen')
  @HttpCode(200)
  @RequirePermission('close.manage')
  @ApiOptionalIfMatch()
  @ApiOkResponse({ description: 'Reopened (finance or admin): entries of the period can be written again' })
  @ApiConflictResponse({ description: 'PERIOD_NOT_CLOSED, PERIOD_CLOSED_ORGANISATION_WIDE, WRONG_EXPECTED_REVISION' })
  async reopen(
    @CurrentPrincipal() principal: Principal,
    @Param('key', PeriodKeyPipe) key: string,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: ReopenPeriodDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PeriodDetailView> {
    return withEtag(response, await this.commands.execute(new ReopenPeriodCommand(principal, key, body, revision)));
  }
}
