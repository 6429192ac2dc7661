import { Decider, assertNever } from '@billing/shared/kernel';
import { InvoiceCommand, InvoiceDecisionContext } from './invoice.commands';
import { InvoiceEvent } from './invoice.events';
import {
  InvoiceState,
  evolveInvoice,
  initialInvoiceState,
} from './invoice.state';
import {
  addInvoiceLine,
  createInvoiceDraft,
  editInvoiceLine,
  removeInvoiceLine,
} from './decide-draft';
import {
  discardInvoiceDraft,
  issueInvoice,
  voidInvoice,
} from './decide-lifecycle';

export function decideInvoice(
  command: InvoiceCommand,
  state: InvoiceState,
  context: InvoiceDecisionContext = {},
): InvoiceEvent[] {
  switch (command.type) {
    case 'create-invoice-draft':
      return createInvoiceDraft(command, state, context);
    case 'edit-invoice-line':
      return editInvoiceLine(command, state);
    case 'add-invoice-line':
      return addInvoiceLine(command, state);
    case 'remove-invoice-line':
      return removeInvoiceLine(command, state);
    case 'issue-invoice':
      return issueInvoice(command, state, context);
    case 'void-invoice':
      return voidInvoice(command, state);
    case 'discard-invoice-draft':
      return discardInvoiceDraft(command, state);
    default:
      return assertNever(command, 'invoice command');
  }
}

export const invoiceDecider: Decider<
  InvoiceCommand,
  InvoiceState,
  InvoiceEvent,
  InvoiceDecisionContext
> = {
  decide: decideInvoice,
  evolve: evolveInvoice,
  initialState: initialInvoiceState,
};
