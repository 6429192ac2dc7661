import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiPropertyOptional, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ClosePeriodRequest, PeriodDetailView } from '@billing/closing/contracts';
import type { ClosePeriod } from '@billing/closing/domain';
import type { Clock, TeamId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { ChecklistService } from '../../checklist/checklist.service';
import { OrganisationCalendars } from '../../shared/closing-settings';
import { commandBasics } from '../../shared/command-metadata';
import { PeriodKeyPipe } from '../../shared/http/period-key.pipe';
import { ApiOptionalIfMatch, OptionalIfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { PeriodStreams } from '../../shared/period-streams';
import { PeriodViews } from '../../shared/period-views';

export class ClosePeriodDto implements ClosePeriodRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Leave out to close organisation-wide' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  teamIds?: string[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when the checklist has open findings' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ClosePeriodCommand extends Command<PeriodDetailView> {
  constructor(
    readonly principal: Principal,
    readonly key: string,
    readonly request: ClosePeriodRequest,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** Computes the checklist now, and closes with it as the snapshot. */
@CommandHandler(ClosePeriodCommand)
export class ClosePeriodHandler implements ICommandHandler<ClosePeriodCommand> {
  constructor(
    private readonly calendars: OrganisationCalendars,
    private readonly checklists: ChecklistService,
    private readonly streams: PeriodStreams,
    private readonly views: PeriodViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, key, request, expectedRevision }: ClosePeriodCommand): Promise<PeriodDetailView> {
    const [{ timeZone }, teams] = await Promise.all([this.calendars.current(), this.calendars.teamIds()]);
    const teamIds = request.teamIds as TeamId[] | undefined;
    const checklist = await this.checklists.compute(key, teamIds ?? null, timeZone);
    const { actorId, at, metadata } = commandBasics(principal, this.clock, request.note);
    const command: ClosePeriod = {
      type: 'close-period',
      actorId,
      at,
      data: { periodKey: key, checklist, ...(teamIds ? { teamIds } : {}), ...(request.note === undefined ? {} : { note: request.note }) },
    };
    await this.streams.execute(command, { timeZone, isKnownTeam: (teamId) => teams.has(teamId) }, metadata, expectedRevision);
    return this.views.detail(key);
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class ClosePeriodController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':key/close')
  @HttpCode(200)
  @RequirePermission('close.manage')
  @ApiOptionalIfMatch()
  @ApiOkResponse({ description: 'Closed: entries of the period (or teams) are locked at once; the checklist is stored in the event' })
  @ApiConflictResponse({ description: 'PERIOD_ALREADY_CLOSED (naming the teams), WRONG_EXPECTED_REVISION' })
  @ApiUnprocessableEntityResponse({ description: 'PERIOD_NOT_ENDED: only months that have ended in the organisation zone close' })
  async close(
    @CurrentPrincipal() principal: Principal,
    @Param('key', PeriodKeyPipe) key: string,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: ClosePeriodDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PeriodDetailView> {
    return withEtag(response, await this.commands.execute(new ClosePeriodCommand(principal, key, body, revision)));
  }
}
