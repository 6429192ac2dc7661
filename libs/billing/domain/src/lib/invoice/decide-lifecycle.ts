import { ConflictError, RuleViolationError } from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { invoiceTotals } from '../lines/invoice-totals';
import {
  DiscardInvoiceDraft,
  InvoiceDecisionContext,
  IssueInvoice,
  VoidInvoice,
} from './invoice.commands';
import { InvoiceEvent } from './invoice.events';
import { InvoiceState, coveredEntryIds } from './invoice.state';
import { assertDraft, existingInvoice } from './invoice-guards';
import { assertEntriesAvailable } from './decide-draft';

export const MAX_REASON_LENGTH = 500;

/**
 * Issues a draft with the number the numbering stream assigned. Retrying with the same number does nothing; a
 * different number for an issued invoice is a conflict. Refused without lines or with a negative total.
 */
export function issueInvoice(
  command: IssueInvoice,
  state: InvoiceState,
  context: InvoiceDecisionContext,
): InvoiceEvent[] {
  const { invoiceId, issuedOn, number, sequence } = command.data;
  const current = existingInvoice(state, invoiceId);
  if (current.status === 'issued' && current.number === number) return [];
  const invoice = assertDraft(state, invoiceId);
  const checks = new FieldChecks();
  checks.date(issuedOn, 'issuedOn');
  checks.text(number, 'number', 60, true);
  checks.integerInRange(sequence, 1, Number.MAX_SAFE_INTEGER, 'sequence');
  checks.throwIfAny();
  if (invoice.lines.length === 0) {
    throw new RuleViolationError(
      'INVOICE_HAS_NO_LINES',
      `Invoice ${invoiceId} has no lines to issue`,
    );
  }
  const totals = invoiceTotals(
    invoice.lines,
    invoice.taxRateBasisPoints,
    invoice.currency,
  );
  if (totals.total.amountMinor < 0) {
    throw new RuleViolationError(
      'NEGATIVE_INVOICE_TOTAL',
      `Invoice ${invoiceId} would total below zero`,
    );
  }
  const covered = coveredEntryIds(invoice.lines);
  assertEntriesAvailable(covered, context);
  return [
    {
      type: 'invoice-issued',
      data: {
        invoiceId,
        organisationId: invoice.organisationId,
        number: number.trim(),
        sequence,
        issuedOn,
        totals,
        coveredEntryIds: covered,
      },
    },
  ];
}

/** Voids an issued invoice: it keeps its number; its entries are unbilled. A draft cannot be voided (discard it). */
export function voidInvoice(
  command: VoidInvoice,
  state: InvoiceState,
): InvoiceEvent[] {
  const invoice = existingInvoice(state, command.data.invoiceId);
  if (invoice.status === 'voided') return [];
  if (invoice.status !== 'issued' || invoice.number === null) {
    throw new ConflictError(
      'INVOICE_NOT_ISSUED',
      { invoiceId: invoice.invoiceId, status: invoice.status },
      `Only an issued invoice can be voided; this one is ${invoice.status}`,
    );
  }
  const checks = new FieldChecks();
  const reason = checks.text(
    command.data.reason,
    'reason',
    MAX_REASON_LENGTH,
    true,
  );
  checks.throwIfAny();
  return [
    {
      type: 'invoice-voided',
      data: {
        invoiceId: invoice.invoiceId,
        number: invoice.number,
        reason,
        releasedEntryIds: coveredEntryIds(invoice.lines),
      },
    },
  ];
}

export function discardInvoiceDraft(
  command: DiscardInvoiceDraft,
  state: InvoiceState,
): InvoiceEvent[] {
  const current = existingInvoice(state, command.data.invoiceId);
  if (current.status === 'discarded') return [];
  const invoice = assertDraft(state, command.data.invoiceId);
  const checks = new FieldChecks();
  const reason = checks.text(
    command.data.reason ?? '',
    'reason',
    MAX_REASON_LENGTH,
    false,
  );
  checks.throwIfAny();
  return [
    {
      type: 'invoice-draft-discarded',
      data: {
        invoiceId: invoice.invoiceId,
        reason: reason === '' ? null : reason,
        releasedEntryIds: coveredEntryIds(invoice.lines),
      },
    },
  ];
}
