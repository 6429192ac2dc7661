import {
  Controller,
  Delete,
  Inject,
  Query as QueryParams,
  Res,
} from '@nestjs/common';
import {
  Command,
  CommandBus,
  CommandHandler,
  type ICommandHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  RateBookView,
  RemoveBillableRateQuery,
  RemoveCostRateQuery,
} from '@billing/rates/contracts';
import type { RateBookCommand } from '@billing/rates/domain';
import type { Clock, LocalDate, MemberId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { commandBasics } from '../shared/command-basics';
import { OrganisationLookup } from '../shared/organisation-lookup';
import { RateBookStore } from '../shared/rate-book-store';
import { IsLocalDateText } from '../shared/validators';
import { changeRateBook, withRateBookEtag } from './rate-book-change';
import { RateScopeBody, pickScope, scopeOf } from './rate-scope.dto';

export class RemoveBillableRateQueryDto
  extends RateScopeBody
  implements RemoveBillableRateQuery
{
  @ApiProperty({
    example: '2026-03-01',
    description: 'The date the rate to remove starts on',
  })
  @IsLocalDateText()
  validFrom!: string;
}

export class RemoveCostRateQueryDto implements RemoveCostRateQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  memberId!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  validFrom!: string;
}

export class RemoveRateCommand extends Command<RateBookView> {
  constructor(
    readonly principal: Principal,
    readonly target:
      | { kind: 'billable'; query: RemoveBillableRateQuery }
      | { kind: 'cost'; query: RemoveCostRateQuery },
  ) {
    super();
  }
}

/** Withdraws the rate dated `validFrom`; the scope's previous rate runs on in its place. Billed amounts stay. */
@CommandHandler(RemoveRateCommand)
export class RemoveRateHandler implements ICommandHandler<RemoveRateCommand> {
  constructor(
    private readonly organisation: OrganisationLookup,
    private readonly store: RateBookStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    principal,
    target,
  }: RemoveRateCommand): Promise<RateBookView> {
    const { organisationId, defaultCurrency } =
      await this.organisation.organisation();
    const { actorId, metadata } = commandBasics(principal, this.clock);
    const effectiveFrom = target.query.validFrom as LocalDate;
    const command: RateBookCommand =
      target.kind === 'billable'
        ? {
            type: 'remove-billable-rate',
            actorId,
            data: {
              organisationId,
              scope: scopeOf(pickScope(target.query)),
              effectiveFrom,
            },
          }
        : {
            type: 'remove-cost-rate',
            actorId,
            data: {
              organisationId,
              memberId: target.query.memberId as MemberId,
              effectiveFrom,
            },
          };
    return changeRateBook(
      this.store,
      command,
      { organisationCurrency: defaultCurrency },
      metadata,
    );
  }
}

@ApiTags('rates')
@ApiBearerAuth()
@Controller('rates')
export class RemoveRateController {
  constructor(private readonly commands: CommandBus) {}

  @Delete('billable')
  @RequirePermission('rates.write')
  @ApiOkResponse({ description: 'The rate book after the removal' })
  @ApiNotFoundResponse({
    description: 'No rate of this scope starts on validFrom',
  })
  async removeBillable(
    @CurrentPrincipal() principal: Principal,
    @QueryParams() query: RemoveBillableRateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    return withRateBookEtag(
      response,
      await this.commands.execute(
        new RemoveRateCommand(principal, { kind: 'billable', query }),
      ),
    );
  }

  @Delete('cost')
  @RequirePermission('rates.write')
  @ApiOkResponse({ description: 'The rate book after the removal' })
  @ApiNotFoundResponse({
    description: 'The member has no cost rate starting on validFrom',
  })
  async removeCost(
    @CurrentPrincipal() principal: Principal,
    @QueryParams() query: RemoveCostRateQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RateBookView> {
    return withRateBookEtag(
      response,
      await this.commands.execute(
        new RemoveRateCommand(principal, { kind: 'cost', query }),
      ),
    );
  }
}
