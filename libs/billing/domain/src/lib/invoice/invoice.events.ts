import {
  ClientId,
  CurrencyCode,
  InvoiceId,
  LocalDate,
  OrganisationId,
  TimeEntryId,
} from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import {
  InvoiceLine,
  LineDiscount,
  LinePrice,
  LineQuantity,
} from '../lines/invoice-line';
import { InvoiceTotals } from '../lines/invoice-totals';

/** A billing run's proposal (or a blank invoice) became a draft. Stream `invoice-<invoiceId>`. */
export type InvoiceDrafted = DomainEvent<
  'invoice-drafted',
  {
    invoiceId: InvoiceId;
    organisationId: OrganisationId;
    clientId: ClientId;
    currency: CurrencyCode;
    taxRateBasisPoints: number;
    /** The billing run's selection, local days inclusive; null for a blank invoice. */
    period: { from: LocalDate; to: LocalDate } | null;
    lines: InvoiceLine[];
    coveredEntryIds: TimeEntryId[];
  }
>;

export interface LineChanges {
  description?: string;
  quantity?: LineQuantity;
  price?: LinePrice;
  /** null removes the discount. */
  discount?: LineDiscount | null;
  notes?: string;
}

/** Only the fields that changed, in their resulting form. */
export type InvoiceLineEdited = DomainEvent<
  'invoice-line-edited',
  { invoiceId: InvoiceId; lineId: string; changes: LineChanges }
>;
export type InvoiceLineAdded = DomainEvent<
  'invoice-line-added',
  { invoiceId: InvoiceId; line: InvoiceLine }
>;
/** The line's entries are no longer covered by this invoice. */
export type InvoiceLineRemoved = DomainEvent<
  'invoice-line-removed',
  { invoiceId: InvoiceId; lineId: string; releasedEntryIds: TimeEntryId[] }
>;

/** Issued with the number assigned on the organisation's numbering stream; every covered entry is now billed. */
export type InvoiceIssued = DomainEvent<
  'invoice-issued',
  {
    invoiceId: InvoiceId;
    organisationId: OrganisationId;
    number: string;
    sequence: number;
    issuedOn: LocalDate;
    totals: InvoiceTotals;
    coveredEntryIds: TimeEntryId[];
  }
>;

/** Voided: the number stays used (gapless), the covered entries are unbilled. */
export type InvoiceVoided = DomainEvent<
  'invoice-voided',
  {
    invoiceId: InvoiceId;
    number: string;
    reason: string;
    releasedEntryIds: TimeEntryId[];
  }
>;

/** A draft thrown away before issuing; it never had a number. */
export type InvoiceDraftDiscarded = DomainEvent<
  'invoice-draft-discarded',
  {
    invoiceId: InvoiceId;
    reason: string | null;
    releasedEntryIds: TimeEntryId[];
  }
>;

export type InvoiceEvent =
  | InvoiceDrafted
  | InvoiceLineEdited
  | InvoiceLineAdded
  | InvoiceLineRemoved
  | InvoiceIssued
  | InvoiceVoided
  | InvoiceDraftDiscarded;

export type InvoiceEventType = InvoiceEvent['type'];

export function invoiceStreamId(invoiceId: InvoiceId): string {
  return `invoice-${invoiceId}`;
}
