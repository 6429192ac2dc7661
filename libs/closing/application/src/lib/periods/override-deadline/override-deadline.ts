import { Body, Controller, Inject, Param, Patch, Res } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { PeriodDeadlineRequest, PeriodDetailView } from '@billing/closing/contracts';
import type { OverridePeriodDeadline } from '@billing/closing/domain';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { OrganisationCalendars } from '../../shared/closing-settings';
import { commandBasics } from '../../shared/command-metadata';
import { PeriodKeyPipe } from '../../shared/http/period-key.pipe';
import { ApiOptionalIfMatch, OptionalIfMatchRevision, withEtag } from '../../shared/http/revision-headers';
import { PeriodStreams } from '../../shared/period-streams';
import { PeriodViews } from '../../shared/period-views';

export class PeriodDeadlineDto implements PeriodDeadlineRequest {
  @ApiProperty({ type: String, nullable: true, example: '2026-04-07', description: 'null: follow the organisation rule again' })
  @ValidateIf((dto: PeriodDeadlineDto) => dto.deadline !== null)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'deadline must be a date YYYY-MM-DD or null' })
  deadline!: string | null;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class OverrideDeadlineCommand extends Command<PeriodDetailView> {
  constructor(
    readonly principal: Principal,
    readonly key: string,
    readonly request: PeriodDeadlineRequest,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

@CommandHandler(OverrideDeadlineCommand)
export class OverrideDeadlineHandler implements ICommandHandler<OverrideDeadlineCommand> {
  constructor(
    private readonly calendars: OrganisationCalendars,
    private readonly streams: PeriodStreams,
    private readonly views: PeriodViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, key, request, expectedRevision }: OverrideDeadlineCommand): Promise<PeriodDetailView> {
    const { timeZone } = await this.calendars.current();
    const { actorId, at, metadata } = commandBasics(principal, this.clock, request.reason);
    const command: OverridePeriodDeadline = {
      type: 'override-period-deadline',
      actorId,
      at,
      data: { periodKey: key, deadline: request.deadline, ...(request.reason === undefined ? {} : { reason: request.reason }) },
    };
    await this.streams.execute(command, { timeZone, isKnownTeam: () => false }, metadata, expectedRevision);
    return this.views.detail(key);
  }
}

@ApiTags('periods')
@ApiBearerAuth()
@Controller('periods')
export class OverrideDeadlineController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':key/deadline')
  @RequirePermission('close.manage')
  @ApiOptionalIfMatch()
  @ApiOkResponse({ description: "The period with its new submission deadline (null went back to the organisation's rule)" })
  async override(
    @CurrentPrincipal() principal: Principal,
    @Param('key', PeriodKeyPipe) key: string,
    @OptionalIfMatchRevision() revision: number | undefined,
    @Body() body: PeriodDeadlineDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PeriodDetailView> {
    return withEtag(response, await this.commands.execute(new OverrideDeadlineCommand(principal, key, body, revision)));
  }
}
