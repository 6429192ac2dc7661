import {
  Body,
  Controller,
  HttpCode,
  Inject,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
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
import type { InvoiceView } from '@billing/billing/contracts';
import type { InvoiceCommand } from '@billing/billing/domain';
import { OrganisationLookup } from '@billing/rates/application';
import { type Clock, ConflictError } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { InvoiceEntryMarking } from '../process/invoice-entry-marking';
import { EntryMarks } from '../shared/entry-marks';
import { ApiIfMatch, IfMatchRevision, uuidPipe } from '../shared/http';
import {
  InvoiceChangeCommand,
  InvoiceChanges,
  dispatchInvoiceChange,
} from '../shared/invoice-change';
import { InvoiceNumbering } from '../shared/invoice-numbering.service';
import { InvoiceStreams } from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { DiscardInvoiceDto, VoidInvoiceDto } from './lifecycle.dto';

export type InvoiceEnd =
  | { kind: 'void'; reason: string }
  | { kind: 'discard'; reason?: string };

export class EndInvoiceCommand extends InvoiceChangeCommand<InvoiceEnd> {}

/**
 * Void (issued invoices: the number stays used, the entries are unbilled) and discard (drafts). A draft that
 * already holds a number (an issue that failed after numbering) must be issued, not discarded: that keeps the
 * sequence gapless.
 */
@CommandHandler(EndInvoiceCommand)
export class EndInvoiceHandler implements ICommandHandler<EndInvoiceCommand> {
  constructor(
    private readonly changes: InvoiceChanges,
    private readonly organisation: OrganisationLookup,
    private readonly streams: InvoiceStreams,
    private readonly numbering: InvoiceNumbering,
    private readonly marking: InvoiceEntryMarking,
    private readonly marks: EntryMarks,
    private readonly views: InvoiceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(end: EndInvoiceCommand): Promise<InvoiceView> {
    const { principal, invoiceId, expectedRevision, change: action } = end;
    const {
      invoiceId: id,
      invoice: current,
      actorId,
      metadata,
    } = await this.changes.begin(end, action.reason);
    let command: InvoiceCommand;
    if (action.kind === 'void') {
      command = {
        type: 'void-invoice',
        actorId,
        data: { invoiceId: id, reason: action.reason },
      };
    } else {
      const { organisationId } = await this.organisation.organisation();
      const assigned = await this.numbering.assignedTo(organisationId, id);
      if (assigned !== undefined) {
        throw new ConflictError(
          'INVOICE_NUMBER_ASSIGNED',
          { number: assigned.number },
          `Number ${assigned.number} is assigned to this draft; issue it, then void it`,
        );
      }
      command = {
        type: 'discard-invoice-draft',
        actorId,
        data: { invoiceId: id, reason: action.reason ?? null },
      };
    }
    const alreadyDone =
      current.status === (action.kind === 'void' ? 'voided' : 'discarded');
    await this.streams.execute(
      command,
      {},
      metadata,
      alreadyDone ? undefined : expectedRevision,
    );
    const report = await this.marking.complete(
      invoiceId,
      principal.memberId,
      this.clock.now(),
    );
    if (action.kind === 'void')
      await this.marks.awaitBilling(report.entryIds, false);
    const { invoice, revision } = await this.streams.load(invoiceId);
    return this.views.of(invoice, revision);
  }
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class EndInvoiceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/void')
  @HttpCode(200)
  @RequirePermission('billing.issue')
  @ApiIfMatch()
  @ApiOkResponse({
    description:
      'Void: keeps its number; its entries are unbilled (editable again)',
  })
  @ApiConflictResponse({
    description:
      'INVOICE_NOT_ISSUED (discard a draft instead), WRONG_EXPECTED_REVISION',
  })
  async void(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: VoidInvoiceDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new EndInvoiceCommand(principal, id, revision, {
        kind: 'void',
        reason: body.reason,
      }),
    );
  }

  @Post(':id/discard')
  @HttpCode(200)
  @RequirePermission('billing.write')
  @ApiIfMatch()
  @ApiOkResponse({
    description: 'The draft is thrown away; it never had a number',
  })
  @ApiConflictResponse({
    description:
      'INVOICE_ISSUED (void it instead), INVOICE_NUMBER_ASSIGNED, WRONG_EXPECTED_REVISION',
  })
  async discard(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: DiscardInvoiceDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new EndInvoiceCommand(principal, id, revision, {
        kind: 'discard',
        ...(body.reason === undefined ? {} : { reason: body.reason }),
      }),
    );
  }
}
