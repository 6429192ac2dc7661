import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import {
  Command,
  CommandBus,
  CommandHandler,
  type ICommandHandler,
} from '@nestjs/cqrs';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import type { Response } from 'express';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  BillingRunRequest,
  BillingRunResult,
} from '@billing/billing/contracts';
import {
  type CreateInvoiceDraft,
  proposeInvoiceDraft,
} from '@billing/billing/domain';
import {
  IsLocalDateText,
  OrganisationLookup,
  commandBasics,
} from '@billing/rates/application';
import { etagFor, newIdFor } from '@billing/shared/event-sourcing';
import {
  type Clock,
  type InvoiceId,
  type LocalDate,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { InvoiceStreams } from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { BillingInputs } from './billing-inputs';

export class BillingRunDto implements BillingRunRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Bill every project of the client (or give projectId)',
  })
  @ValidateIf((body: BillingRunDto) => body.projectId === undefined)
  @IsUUID('all', {
    message: 'clientId must be a UUID (give clientId or projectId)',
  })
  clientId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Bill one project (or give clientId)',
  })
  @ValidateIf(
    (body: BillingRunDto) =>
      body.clientId === undefined || body.projectId !== undefined,
  )
  @IsUUID('all')
  projectId?: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsLocalDateText()
  from!: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsLocalDateText()
  to!: string;
}

export class BillingRunCommand extends Command<BillingRunResult> {
  constructor(
    readonly principal: Principal,
    readonly request: BillingRunRequest,
  ) {
    super();
  }
}

/**
 * A billing run: values the selection's billable, unbilled entries with the rate book and proposes a draft per
 * the projects' billing models. Entries without a rate are listed, not billed. Entries may also sit on another
 * open draft: whichever invoice is issued first bills them, the other's issue is refused (409).
 */
@CommandHandler(BillingRunCommand)
export class BillingRunHandler implements ICommandHandler<BillingRunCommand> {
  constructor(
    private readonly inputs: BillingInputs,
    private readonly organisation: OrganisationLookup,
    private readonly streams: InvoiceStreams,
    private readonly views: InvoiceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    principal,
    request,
  }: BillingRunCommand): Promise<BillingRunResult> {
    if (request.clientId !== undefined && request.projectId !== undefined)
      throw ValidationError.single(
        'projectId',
        'give either clientId or projectId, not both',
      );
    if (request.to < request.from)
      throw ValidationError.single('to', 'must not be before from');
    const selection = {
      from: request.from as LocalDate,
      to: request.to as LocalDate,
      ...(request.clientId ? { clientId: request.clientId } : {}),
      ...(request.projectId ? { projectId: request.projectId } : {}),
    };
    const { run } = await this.inputs.gather(selection);
    const proposal = proposeInvoiceDraft(run);
    if (proposal.lines.length === 0) {
      throw new RuleViolationError(
        'NOTHING_TO_BILL',
        `Nothing to bill in ${request.from}..${request.to}` +
          (proposal.entriesWithoutRate.length > 0
            ? `; ${proposal.entriesWithoutRate.length} billable entries have no rate`
            : ''),
      );
    }
    const { organisationId } = await this.organisation.organisation();
    const { actorId, metadata } = commandBasics(principal, this.clock);
    const invoiceId = newIdFor('invoice') as InvoiceId;
    const command: CreateInvoiceDraft = {
      type: 'create-invoice-draft',
      actorId,
      data: {
        invoiceId,
        organisationId,
        clientId: run.client.clientId,
        currency: run.client.currency,
        taxRateBasisPoints: run.client.taxRateBasisPoints,
        period: { from: run.from, to: run.to },
        lines: proposal.lines,
      },
    };
    const written = await this.streams.execute(command, {}, metadata);
    return {
      invoice: await this.views.of(written.invoice, written.revision),
      entriesWithoutRate: proposal.entriesWithoutRate,
    };
  }
}

@ApiTags('billing')
@ApiBearerAuth()
@Controller('billing')
export class BillingRunController {
  constructor(private readonly commands: CommandBus) {}

  @Post('runs')
  @RequirePermission('billing.write')
  @ApiCreatedResponse({
    description:
      'The proposed draft invoice (ETag: its revision) and the entries left out for lack of a rate',
  })
  @ApiUnprocessableEntityResponse({
    description: 'NOTHING_TO_BILL, MIXED_CURRENCIES, MILESTONES_EXCEED_FEE',
  })
  async run(
    @CurrentPrincipal() principal: Principal,
    @Body() body: BillingRunDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BillingRunResult> {
    const result = await this.commands.execute(
      new BillingRunCommand(principal, body),
    );
    response.setHeader('ETag', etagFor(result.invoice.revision));
    response.setHeader(
      'Location',
      `/api/v1/invoices/${result.invoice.invoiceId}`,
    );
    return result;
  }
}
