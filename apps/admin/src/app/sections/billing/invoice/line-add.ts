import { AddInvoiceLineRequest } from '@billing/billing/contracts';
import { DiscountKind, parseDiscount, parseMoney } from '../shared/billing-money';
import { parseQuantity } from './line-edit';

/** What the add-line dialog asks for, as typed. Quantity is hours or whole units, the price per hour or per unit. */
export interface LineAddFormValue {
  readonly description: string;
  readonly unit: 'seconds' | 'units';
  readonly quantity: string;
  readonly unitPrice: string;
  readonly discountKind: DiscountKind;
  readonly discount: string;
  readonly notes: string;
}

export type LineAddResult =
  | { readonly ok: true; readonly request: AddInvoiceLineRequest }
  | { readonly ok: false; readonly field: keyof LineAddFormValue; readonly reason: string };

export const EMPTY_LINE: LineAddFormValue = {
  description: '',
  unit: 'units',
  quantity: '1',
  unitPrice: '',
  discountKind: 'none',
  discount: '',
  notes: '',
};

/**
 * The POST body for a new line: hours as whole seconds, the unit price and an amount discount as integer minor units
 * by the currency's digits (EUR 2, JPY 0, KWD 3). Refuses unreadable text, naming the field; the server checks the rest.
 */
export function lineAddRequest(value: LineAddFormValue, currency: string): LineAddResult {
  const description = value.description.trim();
  if (description === '') {
    return { ok: false, field: 'description', reason: 'Required' };
  }
  const quantity = parseQuantity(value.unit, value.quantity);
  if (!quantity.ok) {
    return { ok: false, field: 'quantity', reason: quantity.reason };
  }
  const price = parseMoney(value.unitPrice, currency);
  if (!price.ok) {
    return { ok: false, field: 'unitPrice', reason: price.reason };
  }
  const discount = parseDiscount(value.discountKind, value.discount, currency);
  if (!discount.ok) {
    return { ok: false, field: 'discount', reason: discount.reason };
  }
  return {
    ok: true,
    request: {
      description,
      quantity: { unit: value.unit, value: quantity.value },
      unitAmountMinor: price.value,
      discount: discount.value,
      notes: value.notes.trim(),
    },
  };
}
