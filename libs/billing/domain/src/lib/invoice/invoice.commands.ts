import {
  ClientId,
  CurrencyCode,
  InvoiceId,
  LocalDate,
  Money,
  OrganisationId,
  TimeEntryId,
} from '@billing/shared/kernel';
import { DomainCommand } from '../shared/messages';
import { DraftLine, LineDiscount, LineQuantity } from '../lines/invoice-line';

export type CreateInvoiceDraft = DomainCommand<
  'create-invoice-draft',
  {
    invoiceId: InvoiceId;
    organisationId: OrganisationId;
    clientId: ClientId;
    currency: CurrencyCode;
    taxRateBasisPoints: number;
    period: { from: LocalDate; to: LocalDate } | null;
    /** Usually proposeInvoiceDraft(...).lines; ids L1, L2, ... are given in order. */
    lines: DraftLine[];
  }
>;

/** Fields left out stay as they are. Setting quantity or unitAmount prices the line as quantity x unit amount. */
export type EditInvoiceLine = DomainCommand<
  'edit-invoice-line',
  {
    invoiceId: InvoiceId;
    lineId: string;
    description?: string;
    quantity?: LineQuantity;
    /** Per hour for a quantity in seconds, per unit for a quantity in units. */
    unitAmount?: Money;
    discount?: LineDiscount | null;
    notes?: string;
  }
>;

export type AddInvoiceLine = DomainCommand<
  'add-invoice-line',
  {
    invoiceId: InvoiceId;
    description: string;
    quantity: LineQuantity;
    unitAmount: Money;
    discount?: LineDiscount | null;
    notes?: string;
  }
>;

export type RemoveInvoiceLine = DomainCommand<
  'remove-invoice-line',
  { invoiceId: InvoiceId; lineId: string }
>;

/** `number` and `sequence` come from the `invoice-number-assigned` event of the numbering stream. */
export type IssueInvoice = DomainCommand<
  'issue-invoice',
  {
    invoiceId: InvoiceId;
    issuedOn: LocalDate;
    number: string;
    sequence: number;
  }
>;

export type VoidInvoice = DomainCommand<
  'void-invoice',
  { invoiceId: InvoiceId; reason: string }
>;

export type DiscardInvoiceDraft = DomainCommand<
  'discard-invoice-draft',
  { invoiceId: InvoiceId; reason?: string | null }
>;

export type InvoiceCommand =
  | CreateInvoiceDraft
  | EditInvoiceLine
  | AddInvoiceLine
  | RemoveInvoiceLine
  | IssueInvoice
  | VoidInvoice
  | DiscardInvoiceDraft;

/**
 * Looked up by the handler: covered entries that are billed by something else, or already on another open draft.
 * Drafting and issuing refuse them, so no entry is billed twice.
 */
export interface InvoiceDecisionContext {
  unavailableEntryIds?: readonly TimeEntryId[];
}
