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
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  RateBookView,
  SetBillableRateRequest,
  SetCostRateRequest,
} from '@billing/rates/contracts';
import type { RateBookCommand } from '@billing/rates/domain';
import type { Clock, LocalDate, MemberId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { commandBasics } from '../shared/command-basics';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';
import { changeRateBook, withRateBookEtag } from './rate-book-change';
import { scopeOf } from './rate-scope.dto';
import { SetBillableRateDto, SetCostRateDto } from './set-rate.dto';

export type RateToSet =
  | { kind: 'billable'; request: SetBillableRateRequest }
  | { kind: 'cost'; request: SetCostRateRequest };

export class SetRateCommand extends Command<RateBookView> {
  constructor(
    readonly principal: Principal,
    readonly target: RateToSet,
  ) {
    super();
  }
}

/** Sets a billable rate (for a scope, in the client's currency when it has one) or a member's cost rate. */
@CommandHandler(SetRateCommand)
export class SetRateHandler implements ICommandHandler<SetRateCommand> {
  constructor(
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, target }: SetRateCommand): Promise<RateBookView> {
    const { organisationId, defaultCurrency } =
      await this.organisation.organisation();
    const { request } = target;
    const { actorId, metadata } = commandBasics(
      principal,
      this.clock,
      request.reason,
    );
    const dated = {
      effectiveFrom: request.validFrom as LocalDate,
      ratePerHour: {
        amountMinor: request.rateMinorPerHour,
        currency: request.currency,
      },
      replace: request.replace === true,
      reason: request.reason ?? null,
    };
    if (target.kind === 'cost') {
      const command: RateBookCommand = {
        type: 'set-cost-rate',
        actorId,
        data: {
          organisationId,
          memberId: target.request.memberId as MemberId,
          ...dated,
        },
      };
      return changeRateBook(
        this.store,
        command,
        { organisationCurrency: defaultCurrency },
        metadata,
      );
    }
    const scope = scopeOf(target.request.scope);
    const clientCurrency = await this.organisation.currencyOfScope(scope);
    const command: RateBookCommand = {
      type: 'set-billable-rate',
      actorId,
      data: { organisationId, scope, ...dated },
    };
    return changeRateBook(
      this.store,
      command,
      {
        organisationCurrency: defaultCurrency,
        ...(clientCurrency === undefined ? {} : { clientCurrency }),
      },
      metadata,
    );
  }
}

@ApiTags('rates')
@ApiBearerAuth()
@Controller('rates')
export class SetRateController {
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
  async setBillable(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SetBillableRateDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    return this.set(principal, { kind: 'billable', request: body }, response);
  }

  @Post('cost')
  @HttpCode(200)
  @RequirePermission('rates.write')
  @ApiOkResponse({ description: 'The rate book after the change' })
  async setCost(
    @CurrentPrincipal() principal: Principal,
    @Body() body: SetCostRateDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    return this.set(principal, { kind: 'cost', request: body }, response);
  }

  private async set(
    principal: Principal,
    target: RateToSet,
    response: Response,
  ): Promise<RateBookView> {
    return withRateBookEtag(
      response,
      await this.commands.execute(new SetRateCommand(principal, target)),
    );
  }
}
