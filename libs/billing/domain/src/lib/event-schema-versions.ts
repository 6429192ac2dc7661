import { InvoiceEventType } from './invoice/invoice.events';
import { InvoiceNumberingEvent } from './numbering/invoice-numbering';

export type BillingEventType = InvoiceEventType | InvoiceNumberingEvent['type'];

/** Stored schema version of every event this context writes. Never rename a type; bump only with an upcaster. */
export const BILLING_EVENT_SCHEMA_VERSIONS: Readonly<
  Record<BillingEventType, number>
> = {
  'invoice-drafted': 1,
  'invoice-line-edited': 1,
  'invoice-line-added': 1,
  'invoice-line-removed': 1,
  'invoice-issued': 1,
  'invoice-voided': 1,
  'invoice-draft-discarded': 1,
  'invoice-number-assigned': 1,
};

export const BILLING_EVENT_TYPES = Object.keys(
  BILLING_EVENT_SCHEMA_VERSIONS,
) as BillingEventType[];
