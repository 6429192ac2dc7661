import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { RemindRequest, RemindResult } from '@billing/pace/contracts';
import { ForbiddenError, ValidationError, isLocalDate } from '@billing/shared/kernel';
import { IsLocalDateText, UuidParamPipe } from '../shared/http';
import { OrganisationCalendar } from '../shared/organisation-calendar';
import { PaceAccess } from '../shared/pace-access';
import { PaceReminderProducer } from './pace-reminder.producer';

export class RemindDto implements RemindRequest {
  @ApiPropertyOptional({ example: '2026-03-13', description: 'The day the reminder is about; default today (organisation zone)' })
  @IsOptional()
  @IsLocalDateText()
  on?: string;
}

export class RemindMemberCommand extends Command<RemindResult> {
  constructor(
    readonly principal: Principal,
    readonly memberId: string,
    readonly on: string | undefined,
  ) {
    super();
  }
}

/** A responsible's "remind": queued as the same job the daily run would use, so a member gets one per day. */
@CommandHandler(RemindMemberCommand)
export class RemindMemberHandler implements ICommandHandler<RemindMemberCommand> {
  constructor(
    private readonly access: PaceAccess,
    private readonly calendar: OrganisationCalendar,
    private readonly producer: PaceReminderProducer,
  ) {}

  async execute({ principal, memberId, on }: RemindMemberCommand): Promise<RemindResult> {
    const reach = await this.access.assertMember(principal, memberId);
    if (reach.kind === 'limited' && reach.teamIds.length === 0) throw new ForbiddenError('pace.read', 'only responsibles, finance and admins send reminders');
    if (on !== undefined && !isLocalDate(on)) throw ValidationError.single('on', 'must be a calendar date YYYY-MM-DD');
    const day = on ?? (await this.calendar.today());
    return this.producer.remind({ kind: 'pace-reminder', memberId, on: day, source: 'manual', requestedBy: principal.memberId });
  }
}

@ApiTags('pace')
@ApiBearerAuth()
@Controller('pace/behind')
export class RemindController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':memberId/remind')
  @HttpCode(202)
  @RequirePermission('pace.read')
  @ApiOkResponse({ description: 'Queued (or already queued or sent: one reminder per member and day)' })
  remind(@CurrentPrincipal() principal: Principal, @Param('memberId', UuidParamPipe) memberId: string, @Body() body: RemindDto): Promise<RemindResult> {
    return this.commands.execute(new RemindMemberCommand(principal, memberId, body.on));
  }
}
