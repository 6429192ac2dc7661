import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import {
  BillingAuditController,
  BillingAuditHandler,
} from './audit/billing-audit';
import { RatesApplicationModule } from '@billing/rates/application';
import {
  ChangeInvoiceLinesHandler,
  InvoiceLinesController,
} from './invoices/invoice-lines';
import {
  InvoicePdfController,
  InvoicePdfHandler,
} from './invoices/invoice-pdf';
import {
  IssueInvoiceController,
  IssueInvoiceHandler,
} from './invoices/issue-invoice';
import {
  GetInvoiceHandler,
  ListInvoicesHandler,
  ReadInvoicesController,
} from './invoices/read-invoices';
import {
  EndInvoiceController,
  EndInvoiceHandler,
} from './invoices/void-or-discard';
import {
  MarkEntriesController,
  MarkEntriesHandler,
} from './marks/mark-entries';
import { InvoiceEntryMarking } from './process/invoice-entry-marking';
import { BILLING_PROJECTIONS } from './read-models';
import { BillingInputs } from './runs/billing-inputs';
import { BillingRunController, BillingRunHandler } from './runs/billing-run';
import { EntryClaims } from './shared/entry-claims';
import { EntryMarks } from './shared/entry-marks';
import { InvoiceNumbering } from './shared/invoice-numbering.service';
import { InvoiceChanges } from './shared/invoice-change';
import { InvoiceStreams } from './shared/invoice-streams';
import { InvoiceViews } from './shared/invoice-view';

/**
 * Billing: runs that propose drafts, invoice editing, issue (gapless number, entries marked billed), void and
 * discard, mark billed/unbilled by reference. Needs from the host: EVENT_STORE, the EventSourcingModule, CLOCK, a
 * DataSource with the organisation's, time tracking's and billing's tables; BILLING_PROJECTIONS in the
 * ProjectionsModule list.
 */
@Module({
  imports: [CqrsModule, AccessModule, RatesApplicationModule],
  controllers: [
    BillingAuditController,
    BillingRunController,
    MarkEntriesController,
    ReadInvoicesController,
    InvoiceLinesController,
    IssueInvoiceController,
    EndInvoiceController,
    InvoicePdfController,
  ],
  providers: [
    BillingInputs,
    EntryClaims,
    EntryMarks,
    InvoiceNumbering,
    InvoiceStreams,
    InvoiceChanges,
    InvoiceViews,
    InvoiceEntryMarking,
    BillingRunHandler,
    ListInvoicesHandler,
    GetInvoiceHandler,
    ChangeInvoiceLinesHandler,
    IssueInvoiceHandler,
    EndInvoiceHandler,
    MarkEntriesHandler,
    InvoicePdfHandler,
    BillingAuditHandler,
    ...BILLING_PROJECTIONS,
  ],
  exports: [...BILLING_PROJECTIONS],
})
export class BillingApplicationModule {}
