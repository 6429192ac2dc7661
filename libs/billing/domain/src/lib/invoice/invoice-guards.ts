import {
  ConflictError,
  InvoiceId,
  NotFoundError,
  assertNever,
} from '@billing/shared/kernel';
import { ExistingInvoice, InvoiceState } from './invoice.state';

export function existingInvoice(
  state: InvoiceState,
  invoiceId: InvoiceId,
): ExistingInvoice {
  if (state.status === 'none') throw new NotFoundError('Invoice', invoiceId);
  return state;
}

/** Only drafts change: an issued invoice is immutable except for voiding (409). */
export function assertDraft(
  state: InvoiceState,
  invoiceId: InvoiceId,
): ExistingInvoice {
  const invoice = existingInvoice(state, invoiceId);
  switch (invoice.status) {
    case 'draft':
      return invoice;
    case 'issued':
      throw new ConflictError(
        'INVOICE_ISSUED',
        { invoiceId, number: invoice.number },
        `Invoice ${invoice.number} is issued; void it instead`,
      );
    case 'voided':
      throw new ConflictError(
        'INVOICE_VOIDED',
        { invoiceId, number: invoice.number },
        `Invoice ${invoice.number} is void`,
      );
    case 'discarded':
      throw new ConflictError(
        'INVOICE_DISCARDED',
        { invoiceId },
        `Draft ${invoiceId} was discarded`,
      );
    default:
      return assertNever(invoice.status, 'invoice status');
  }
}
