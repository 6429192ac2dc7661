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
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  InvoiceView,
  IssueInvoiceRequest,
} from '@billing/billing/contracts';
import {
  type ExistingInvoice,
  type IssueInvoice,
  coveredEntryIds,
  decideInvoice,
} from '@billing/billing/domain';
import { OrganisationLookup } from '@billing/rates/application';
import {
  type Clock,
  ConflictError,
  type LocalDate,
  localDateOf,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { InvoiceEntryMarking } from '../process/invoice-entry-marking';
import { EntryClaims, invoiceClaim } from '../shared/entry-claims';
import { EntryMarks } from '../shared/entry-marks';
import { ApiIfMatch, IfMatchRevision, uuidPipe } from '../shared/http';
import {
  InvoiceChangeCommand,
  InvoiceChanges,
  dispatchInvoiceChange,
} from '../shared/invoice-change';
import { InvoiceNumbering } from '../shared/invoice-numbering.service';
import {
  InvoiceStreams,
  staleInvoiceRevision,
} from '../shared/invoice-streams';
import { InvoiceViews } from '../shared/invoice-view';
import { IssueInvoiceDto } from './lifecycle.dto';

export class IssueInvoiceCommand extends InvoiceChangeCommand<IssueInvoiceRequest> {}

/**
 * Issuing, in order: refuse early what the decider would refuse (no lines, negative total, not a draft); check the
 * covered entries can be billed and claim them all (409 when another invoice or mark holds one); take the next
 * number on the numbering stream (retried on a racing append); append invoice-issued (the source of truth); then
 * mark the entries billed (the same marking the reactor completes after a crash). A retry of an issued invoice only
 * completes the marks.
 */
@CommandHandler(IssueInvoiceCommand)
export class IssueInvoiceHandler
  implements ICommandHandler<IssueInvoiceCommand>
{
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: InvoiceChanges,
    private readonly organisation: OrganisationLookup,
    private readonly streams: InvoiceStreams,
    private readonly numbering: InvoiceNumbering,
    private readonly claims: EntryClaims,
    private readonly marking: InvoiceEntryMarking,
    private readonly marks: EntryMarks,
    private readonly views: InvoiceViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(issuing: IssueInvoiceCommand): Promise<InvoiceView> {
    const { principal, invoiceId, expectedRevision, change: request } = issuing;
    const loaded = await this.changes.begin(issuing);
    if (loaded.invoice.status === 'issued')
      return this.completed(invoiceId, principal.memberId);
    const { actorId, metadata } = loaded;
    const org = await this.organisation.organisation();
    const issuedOn = (request.issuedOn ??
      localDateOf(this.clock.now(), org.timeZone)) as LocalDate;
    const issue = (number: string, sequence: number): IssueInvoice => ({
      type: 'issue-invoice',
      actorId,
      data: { invoiceId: loaded.invoiceId, issuedOn, number, sequence },
    });
    decideInvoice(issue('pending', 1), loaded.invoice);
    if (loaded.revision !== expectedRevision)
      throw staleInvoiceRevision(expectedRevision, loaded.revision);
    const entryIds = coveredEntryIds(loaded.invoice.lines);
    await this.assertBillable(loaded.invoice, entryIds);
    await this.claims.claimAll(entryIds, invoiceClaim(invoiceId));
    try {
      const { number, sequence } = await this.numbering.assign(
        org.organisationId,
        loaded.invoiceId,
        issuedOn,
        org.invoiceNumberFormat,
        actorId,
        metadata,
      );
      await this.streams.execute(
        issue(number, sequence),
        {},
        metadata,
        expectedRevision,
      );
    } catch (error) {
      const now = await this.streams.load(invoiceId);
      if (now.invoice.status !== 'issued')
        await this.claims.release(entryIds, invoiceClaim(invoiceId));
      throw error;
    }
    return this.completed(invoiceId, principal.memberId);
  }

  private async completed(
    invoiceId: string,
    actor: string,
  ): Promise<InvoiceView> {
    const report = await this.marking.complete(
      invoiceId,
      actor,
      this.clock.now(),
    );
    await this.marks.awaitBilling(
      report.entryIds.filter(
        (entryId) =>
          !report.failed.some((failure) => failure.entryId === entryId),
      ),
      true,
    );
    const { invoice, revision } = await this.streams.load(invoiceId);
    await this.streams.awaitListed(invoiceId, revision);
    return this.views.of(invoice, revision);
  }

  /** Every covered entry must still exist, be finished, and be unbilled (or billed by this invoice). */
  private async assertBillable(
    invoice: ExistingInvoice,
    entryIds: string[],
  ): Promise<void> {
    const rows: {
      entry_id: string;
      deleted: boolean;
      duration_seconds: number | null;
      billing: { kind: string; invoiceId?: string } | null;
    }[] = await this.dataSource.query(
      'select entry_id, deleted, duration_seconds, billing from tt_time_entries where entry_id = any($1::uuid[])',
      [entryIds],
    );
    const byId = new Map(rows.map((row) => [row.entry_id, row]));
    const gone = entryIds.filter((id) => {
      const row = byId.get(id);
      return row === undefined || row.deleted || row.duration_seconds === null;
    });
    if (gone.length > 0) {
      throw new ConflictError(
        'ENTRIES_NOT_BILLABLE',
        { entryIds: gone },
        `${gone.length} covered entries were deleted or are running; remove their lines or run billing again`,
      );
    }
    const billed = rows.filter(
      (row) =>
        row.billing !== null &&
        !(
          row.billing.kind === 'invoice' &&
          row.billing.invoiceId === invoice.invoiceId
        ),
    );
    if (billed.length > 0) {
      const ids = billed.map((row) => row.entry_id);
      throw new ConflictError(
        'ENTRIES_ALREADY_BILLED',
        { entryIds: ids },
        `${ids.length} covered entries are already billed`,
      );
    }
  }
}

@ApiTags('invoices')
@ApiBearerAuth()
@Controller('invoices')
export class IssueInvoiceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/issue')
  @HttpCode(200)
  @RequirePermission('billing.issue')
  @ApiIfMatch()
  @ApiOkResponse({
    description:
      'Issued with the next gapless number; every covered entry is marked billed with the invoice id',
  })
  @ApiConflictResponse({
    description:
      'ENTRIES_ALREADY_BILLED, ENTRIES_NOT_BILLABLE, INVOICE_VOIDED, INVOICE_DISCARDED, WRONG_EXPECTED_REVISION',
  })
  @ApiUnprocessableEntityResponse({
    description: 'INVOICE_HAS_NO_LINES, NEGATIVE_INVOICE_TOTAL',
  })
  async issue(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidPipe()) id: string,
    @IfMatchRevision() revision: number,
    @Body() body: IssueInvoiceDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvoiceView> {
    return dispatchInvoiceChange(
      this.commands,
      response,
      new IssueInvoiceCommand(principal, id, revision, body),
    );
  }
}
