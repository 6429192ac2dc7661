import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import {
  Command,
  CommandBus,
  CommandHandler,
  type ICommandHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import type { Response } from 'express';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  RateBookView,
  SetCostRateRequest,
} from '@billing/rates/contracts';
import type { SetCostRate } from '@billing/rates/domain';
import { etagFor } from '@billing/shared/event-sourcing';
import type { Clock, LocalDate, MemberId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { commandBasics } from '../shared/command-basics';
import { withApiFieldNames } from '../shared/field-names';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';
import { IsLocalDateText } from '../shared/validators';
import { rateBookView } from './rate-book-view';

export class SetCostRateDto implements SetCostRateRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  memberId!: string;

  @ApiProperty({
    description:
      "Whole minor units per hour, in the organisation's default currency",
    example: 6000,
  })
  @IsInt()
  @Min(0)
  rateMinorPerHour!: number;

  @ApiProperty({ example: 'EUR' })
  @IsString()
  @Length(3, 3)
  currency!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  validFrom!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  replace?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SetCostRateCommand extends Command<RateBookView> {
  constructor(
    readonly principal: Principal,
    readonly request: SetCostRateRequest,
  ) {
    super();
  }
}

@CommandHandler(SetCostRateCommand)
export class SetCostRateHandler implements ICommandHandler<SetCostRateCommand> {
  constructor(
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    principal,
    request,
  }: SetCostRateCommand): Promise<RateBookView> {
    const { organisationId, defaultCurrency } =
      await this.organisation.organisation();
    const { actorId, metadata } = commandBasics(
      principal,
      this.clock,
      request.reason,
    );
    const command: SetCostRate = {
      type: 'set-cost-rate',
      actorId,
      data: {
        organisationId,
        memberId: request.memberId as MemberId,
        effectiveFrom: request.validFrom as LocalDate,
        ratePerHour: {
          amountMinor: request.rateMinorPerHour,
          currency: request.currency,
        },
        replace: request.replace === true,
        reason: request.reason ?? null,
      },
    };
    await withApiFieldNames(() =>
      this.store.execute(
        command,
        { organisationCurrency: defaultCurrency },
        metadata,
      ),
    );
    const { book, revision } = await this.store.load(organisationId);
    return rateBookView(book, revision);
  }
}

@ApiTags('rates')
@ApiBearerAuth()
@Controller('rates')
export class SetCostRateController {
  constructor(private readonly commands: CommandBus) {}

  @Post('cost')
  @HttpCode(200)
  @RequirePermission('rates.write')
  @ApiOkResponse({ description: 'The rate book after the change' })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SetCostRateDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    const view = await this.commands.execute(
      new SetCostRateCommand(principal, body),
    );
    if (view.revision !== null)
      response.setHeader('ETag', etagFor(view.revision));
    return view;
  }
}
