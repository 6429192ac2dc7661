import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import {
  Command,
  CommandBus,
  CommandHandler,
  type ICommandHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Response } from 'express';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  RateBookView,
  SetBillableRateRequest,
} from '@billing/rates/contracts';
import type { SetBillableRate } from '@billing/rates/domain';
import { etagFor } from '@billing/shared/event-sourcing';
import type { Clock, LocalDate } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { commandBasics } from '../shared/command-basics';
import { withApiFieldNames } from '../shared/field-names';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';
import { IsLocalDateText } from '../shared/validators';
import { rateBookView } from './rate-book-view';
import { RateScopeBody, scopeOf } from './rate-scope.dto';

export class SetBillableRateDto implements SetBillableRateRequest {
  @ApiProperty({ type: RateScopeBody })
  @ValidateNested()
  @Type(() => RateScopeBody)
  scope!: RateScopeBody;

  @ApiProperty({ description: 'Whole minor units per hour', example: 12000 })
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

  @ApiPropertyOptional({
    description:
      'Overwrite a different rate already set for this scope and date',
  })
  @IsOptional()
  @IsBoolean()
  replace?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SetBillableRateCommand extends Command<RateBookView> {
  constructor(
    readonly principal: Principal,
    readonly request: SetBillableRateRequest,
  ) {
    super();
  }
}

@CommandHandler(SetBillableRateCommand)
export class SetBillableRateHandler
  implements ICommandHandler<SetBillableRateCommand>
{
  constructor(
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    principal,
    request,
  }: SetBillableRateCommand): Promise<RateBookView> {
    const { organisationId, defaultCurrency } =
      await this.organisation.organisation();
    const scope = scopeOf(request.scope);
    const clientCurrency = await this.organisation.currencyOfScope(scope);
    const { actorId, metadata } = commandBasics(
      principal,
      this.clock,
      request.reason,
    );
    const command: SetBillableRate = {
      type: 'set-billable-rate',
      actorId,
      data: {
        organisationId,
        scope,
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
        {
          organisationCurrency: defaultCurrency,
          ...(clientCurrency === undefined ? {} : { clientCurrency }),
        },
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
export class SetBillableRateController {
  constructor(private readonly commands: CommandBus) {}

  @Post('billable')
  @HttpCode(200)
  @RequirePermission('rates.write')
  @ApiOkResponse({
    description:
      'The rate book after the change (the same rate again changes nothing)',
  })
  @ApiConflictResponse({
    description: 'RATE_ALREADY_SET_FOR_DATE: send replace to overwrite',
  })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SetBillableRateDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    const view = await this.commands.execute(
      new SetBillableRateCommand(principal, body),
    );
    if (view.revision !== null)
      response.setHeader('ETag', etagFor(view.revision));
    return view;
  }
}
