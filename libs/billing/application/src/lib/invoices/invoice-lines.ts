import {
  Body,
  Controller,
  Delete,
  Param,
  Patch,
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
import { NotFoundError, money } from '@billing/shared/kernel';
import { ApiIfMatch, IfMatchRevision, uuidPipe } from '../shared/http';
import {
  InvoiceChangeCommand,
  InvoiceChanges,
  dispatchInvoiceChange,
} from '../shared/invoice-change';
import { InvoiceStreams } from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { withInvoiceFieldNames } from './field-names';
import { AddInvoiceLineDto, EditInvoiceLineDto, discountOf } from './line.dto';

export type LineChange =
  | { kind: 'edit'; lineId: string; request: EditInvoiceLineDto }
  | { kind: 'add'; request: AddInvoiceLineDto }
  | { kind: 'remove'; lineId: string };

export class ChangeInvoiceLinesCommand extends InvoiceChangeCommand<LineChange> {}

/** Finance's edits of a draft: a line's description, quantity, unit amount, discount, notes; add and remove lines. */
@CommandHandler(ChangeInvoiceLinesCommand)
export class ChangeInvoiceLinesHandler
  implements ICommandHandler<ChangeInvoiceLinesCommand>
{
  constructor(
    private readonly changes: InvoiceChanges,
    private readonly streams: InvoiceStreams,
    private readonly views: InvoiceViews,
  ) {}

  async execute(lineChange: ChangeInvoiceLinesCommand): Promise<InvoiceView> {
    const { change, expectedRevision } = lineChange;
    const {
      invoiceId: id,
      invoice,
      actorId,
      metadata,
    } = await this.changes.begin(lineChange);
    const currency = invoice.currency;
    let command: InvoiceCommand;
    switch (change.kind) {
      case 'edit': {
        const line = invoice.lines.find(
          (candidate) => candidate.lineId === change.lineId,
        );
        if (line === undefined)
          throw new NotFoundError('InvoiceLine', change.lineId);
        const { description, quantity, unitAmountMinor, discount, notes } =
          change.request;
        const newDiscount = discountOf(discount, currency);
        command = {
          type: 'edit-invoice-line',
          actorId,
          data: {
            invoiceId: id,
            lineId: change.lineId,
            ...(description === undefined ? {} : { description }),
            ...(quantity === undefined
              ? {}
              : { quantity: { unit: line.quantity.unit, value: quantity } }),
            ...(unitAmountMinor === undefined
              ? {}
              : { unitAmount: money(unitAmountMinor, currency) }),
            ...(newDiscount === undefined ? {} : { discount: newDiscount }),
            ...(notes === undefined ? {} : { notes }),
          },
        };
        break;
      }
      case 'add': {
        const { description, quantity, unitAmountMinor, discount, notes } =
          change.request;
        command = {
          type: 'add-invoice-line',
          actorId,
          data: {
            invoiceId: id,
            description,
            quantity,
            unitAmount: money(unitAmountMinor, currency),
            discount: discountOf(discount, currency) ?? null,
            notes: notes ?? '',
          },
        };
        break;
      }
      case 'remove':
        command = {
          type: 'remove-invoice-line',
          actorId,
          data: { invoiceId: id, lineId: change.lineId },
        };
        break;
    }
    const written = await withInvoiceFieldNames(() =>
      this.streams.execute(command, {}, metadata, expectedRevision),
    );
    return this.views.of(written.invoice, written.revision);
  }
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class InvoiceLinesController {
  constructor(private readonly commands: CommandBus) {}

  @Patch(':id/lines/:lineId')
  @RequirePermission('billing.write')
  @ApiIfMatch()
  @ApiOkResponse({
    description: 'The draft after the edit (ETag: new revision)',
  })
  @ApiConflictResponse({
    description:
      'INVOICE_ISSUED, INVOICE_VOIDED, INVOICE_DISCARDED, WRONG_EXPECTED_REVISION',
  })
  async edit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @Param('lineId') lineId: string,
    @IfMatchRevision() revision: number,
    @Body() body: EditInvoiceLineDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new ChangeInvoiceLinesCommand(principal, id, revision, {
        kind: 'edit',
        lineId,
        request: body,
      }),
    );
  }

  @Post(':id/lines')
  @RequirePermission('billing.write')
  @ApiIfMatch()
  @ApiOkResponse({ description: 'The draft with the new line' })
  async add(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: AddInvoiceLineDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new ChangeInvoiceLinesCommand(principal, id, revision, {
        kind: 'add',
        request: body,
      }),
    );
  }

  @Delete(':id/lines/:lineId')
  @RequirePermission('billing.write')
  @ApiIfMatch()
  @ApiOkResponse({
    description:
      "The draft without the line; the line's entries are no longer covered",
  })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @Param('lineId') lineId: string,
    @IfMatchRevision() revision: number,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new ChangeInvoiceLinesCommand(principal, id, revision, {
        kind: 'remove',
        lineId,
      }),
    );
  }
}
