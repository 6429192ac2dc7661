import { EditInvoiceLineRequest, InvoiceLineView } from '@billing/billing/contracts';
import { discountInputText, DiscountKind, hoursLabel, moneyInputText, parseDiscount, parseHours, parseMoney } from '../shared/billing-money';

/** What the line dialog edits, as text. Quantity is hours for hour lines, units otherwise. */
export interface LineFormValue {
  readonly description: string;
  readonly quantity: string;
  /** Per hour or per unit in the invoice currency's major units; empty for a line priced from its entries. */
  readonly unitPrice: string;
  readonly discountKind: DiscountKind;
  readonly discount: string;
  readonly notes: string;
}

export type LineEditResult =
  | { readonly ok: true; readonly request: EditInvoiceLineRequest }
  | { readonly ok: false; readonly field: keyof LineFormValue; readonly reason: string };

export function lineFormValue(line: InvoiceLineView, currency: string): LineFormValue {
  return {
    description: line.description,
    quantity: line.quantity.unit === 'seconds' ? hoursLabel(line.quantity.value).replace(/,/g, '') : String(line.quantity.value),
    unitPrice: line.unitAmount ? moneyInputText(line.unitAmount.amountMinor, currency) : '',
    discountKind: line.discount?.kind ?? 'none',
    discount: discountInputText(line.discount, currency),
    notes: line.notes,
  };
}

/** Hours (two decimals, sent as seconds) for hour lines, whole units otherwise. */
export function parseQuantity(unit: 'seconds' | 'units', text: string): { ok: true; value: number } | { ok: false; reason: string } {
  if (unit === 'seconds') {
    return parseHours(text);
  }
  return /^\d+$/.test(text.trim()) ? { ok: true, value: Number(text.trim()) } : { ok: false, reason: 'Enter a whole number of units' };
}

/**
 * The PATCH body with only what the person changed: an untouched quantity is not sent, so a line of 1000 s
 * (shown as 0.28 h) keeps its exact seconds, and an untouched unit price keeps a line priced from its entries. Refuses unreadable text, naming the field.
 */
export function lineEditRequest(line: InvoiceLineView, value: LineFormValue, currency: string): LineEditResult {
  const before = lineFormValue(line, currency);
  const request: EditInvoiceLineRequest = {};
  const description = value.description.trim();
  if (description === '') {
    return { ok: false, field: 'description', reason: 'Required' };
  }
  if (description !== before.description) {
    request.description = description;
  }
  if (value.quantity.trim() !== before.quantity) {
    const quantity = parseQuantity(line.quantity.unit, value.quantity);
    if (!quantity.ok) {
      return { ok: false, field: 'quantity', reason: quantity.reason };
    }
    if (quantity.value !== line.quantity.value) {
      request.quantity = quantity.value;
    }
  }
  if (value.unitPrice.trim() !== before.unitPrice) {
    const price = parseMoney(value.unitPrice, currency);
    if (!price.ok) {
      return { ok: false, field: 'unitPrice', reason: price.reason };
    }
    if (price.value !== line.unitAmount?.amountMinor) {
      request.unitAmountMinor = price.value;
    }
  }
  if (value.discountKind !== before.discountKind || value.discount.trim() !== before.discount) {
    const discount = parseDiscount(value.discountKind, value.discount, currency);
    if (!discount.ok) {
      return { ok: false, field: 'discount', reason: discount.reason };
    }
    request.discount = discount.value;
  }
  if (value.notes.trim() !== before.notes) {
    request.notes = value.notes.trim();
  }
  return { ok: true, request };
}
