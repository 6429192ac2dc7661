import {
  ConflictError,
  NotFoundError,
  RuleViolationError,
  TimeEntryId,
} from '@billing/shared/kernel';
import {
  FieldChecks,
  MAX_DESCRIPTION_LENGTH,
  MAX_NOTES_LENGTH,
} from '../shared/field-checks';
import { InvoiceLine, LinePrice } from '../lines/invoice-line';
import {
  AddInvoiceLine,
  CreateInvoiceDraft,
  EditInvoiceLine,
  InvoiceDecisionContext,
  RemoveInvoiceLine,
} from './invoice.commands';
import { InvoiceEvent, LineChanges } from './invoice.events';
import {
  ExistingInvoice,
  InvoiceState,
  coveredEntryIds,
} from './invoice.state';
import {
  assertDiscountFits,
  checkDiscount,
  checkDraftLine,
  checkPrice,
  checkQuantity,
} from './line-checks';
import { assertDraft } from './invoice-guards';

export function lineId(number: number): string {
  return `L${number}`;
}

export function assertEntriesAvailable(
  entryIds: readonly TimeEntryId[],
  context: InvoiceDecisionContext,
): void {
  const unavailable = entryIds.filter((id) =>
    context.unavailableEntryIds?.includes(id),
  );
  if (unavailable.length > 0) {
    throw new ConflictError(
      'ENTRIES_ALREADY_BILLED',
      { entryIds: unavailable },
      `${unavailable.length} entries are already billed or on another draft`,
    );
  }
}

export function createInvoiceDraft(
  command: CreateInvoiceDraft,
  state: InvoiceState,
  context: InvoiceDecisionContext,
): InvoiceEvent[] {
  if (state.status !== 'none')
    throw new ConflictError('INVOICE_ALREADY_EXISTS', {
      invoiceId: command.data.invoiceId,
    });
  const {
    invoiceId,
    organisationId,
    clientId,
    currency,
    taxRateBasisPoints,
    period,
  } = command.data;
  const checks = new FieldChecks();
  checks.id(invoiceId, 'invoiceId');
  checks.id(organisationId, 'organisationId');
  checks.id(clientId, 'clientId');
  checks.integerInRange(taxRateBasisPoints, 0, 10_000, 'taxRateBasisPoints');
  if (period !== null) {
    checks.date(period.from, 'period.from');
    checks.date(period.to, 'period.to');
    if (period.to < period.from)
      checks.add('period.to', 'must not be before period.from');
  }
  const lines: InvoiceLine[] = (command.data.lines ?? []).map(
    (line, index) => ({
      lineId: lineId(index + 1),
      ...checkDraftLine(checks, line, currency, `lines[${index}]`),
    }),
  );
  const allEntries = lines.flatMap((line) => line.entryIds);
  if (new Set(allEntries).size !== allEntries.length)
    checks.add('lines', 'an entry may be covered by one line only');
  checks.throwIfAny(currency);
  lines.forEach((line) => assertDiscountFits(line, line.lineId));
  assertEntriesAvailable(allEntries, context);
  return [
    {
      type: 'invoice-drafted',
      data: {
        invoiceId,
        organisationId,
        clientId,
        currency,
        taxRateBasisPoints,
        period,
        lines,
        coveredEntryIds: coveredEntryIds(lines),
      },
    },
  ];
}

function existingLine(invoice: ExistingInvoice, id: string): InvoiceLine {
  const line = invoice.lines.find((candidate) => candidate.lineId === id);
  if (line === undefined) throw new NotFoundError('InvoiceLine', id);
  return line;
}

/** The line's new price after a quantity and/or unit amount edit. */
function editedPrice(
  line: InvoiceLine,
  command: EditInvoiceLine,
  checks: FieldChecks,
  invoice: ExistingInvoice,
): LinePrice {
  const quantity = command.data.quantity ?? line.quantity;
  const unitAmount =
    command.data.unitAmount ??
    (line.price.kind === 'entries' ? undefined : line.price.unitAmount);
  if (unitAmount === undefined) {
    throw new RuleViolationError(
      'UNIT_AMOUNT_REQUIRED',
      `Line ${line.lineId} is priced from its entries; give a unit amount to price it by quantity`,
    );
  }
  const kind = quantity.unit === 'seconds' ? 'per-hour' : 'per-unit';
  return checkPrice(
    checks,
    { kind, unitAmount },
    quantity,
    invoice.currency,
    'unitAmount',
  );
}

export function editInvoiceLine(
  command: EditInvoiceLine,
  state: InvoiceState,
): InvoiceEvent[] {
  const invoice = assertDraft(state, command.data.invoiceId);
  const line = existingLine(invoice, command.data.lineId);
  const checks = new FieldChecks();
  const changes: LineChanges = {};
  const { description, quantity, unitAmount, discount, notes } = command.data;
  if (description !== undefined) {
    const text = checks.text(
      description,
      'description',
      MAX_DESCRIPTION_LENGTH,
      true,
    );
    if (text !== line.description) changes.description = text;
  }
  if (notes !== undefined) {
    const text = checks.text(notes, 'notes', MAX_NOTES_LENGTH, false);
    if (text !== line.notes) changes.notes = text;
  }
  if (quantity !== undefined)
    changes.quantity = checkQuantity(checks, quantity, 'quantity');
  checks.throwIfAny(invoice.currency);
  if (quantity !== undefined || unitAmount !== undefined) {
    changes.price = editedPrice(line, command, checks, invoice);
  }
  if (discount !== undefined)
    changes.discount = checkDiscount(
      checks,
      discount,
      invoice.currency,
      'discount',
    );
  checks.throwIfAny(invoice.currency);
  const edited = { ...line, ...changes };
  assertDiscountFits(edited, line.lineId);
  const same = (key: keyof LineChanges): boolean =>
    JSON.stringify(edited[key]) === JSON.stringify(line[key]);
  for (const key of Object.keys(changes) as Array<keyof LineChanges>) {
    if (same(key)) delete changes[key];
  }
  if (Object.keys(changes).length === 0) return [];
  return [
    {
      type: 'invoice-line-edited',
      data: { invoiceId: invoice.invoiceId, lineId: line.lineId, changes },
    },
  ];
}

export function addInvoiceLine(
  command: AddInvoiceLine,
  state: InvoiceState,
): InvoiceEvent[] {
  const invoice = assertDraft(state, command.data.invoiceId);
  const checks = new FieldChecks();
  const { description, quantity, unitAmount, discount, notes } = command.data;
  const kind = quantity?.unit === 'seconds' ? 'per-hour' : 'per-unit';
  const line: InvoiceLine = {
    lineId: lineId(invoice.nextLineNumber),
    ...checkDraftLine(
      checks,
      {
        source: { kind: 'manual' },
        description,
        quantity,
        price: { kind, unitAmount },
        discount: discount ?? null,
        notes: notes ?? '',
        entryIds: [],
      },
      invoice.currency,
      'line',
    ),
  };
  checks.throwIfAny(invoice.currency);
  assertDiscountFits(line, line.lineId);
  return [
    {
      type: 'invoice-line-added',
      data: { invoiceId: invoice.invoiceId, line },
    },
  ];
}

export function removeInvoiceLine(
  command: RemoveInvoiceLine,
  state: InvoiceState,
): InvoiceEvent[] {
  const invoice = assertDraft(state, command.data.invoiceId);
  const line = existingLine(invoice, command.data.lineId);
  return [
    {
      type: 'invoice-line-removed',
      data: {
        invoiceId: invoice.invoiceId,
        lineId: line.lineId,
        releasedEntryIds: [...line.entryIds],
      },
    },
  ];
}
