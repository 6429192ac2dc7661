import {
  CurrencyCode,
  Money,
  addMoney,
  applyBasisPoints,
  money,
  sumMoney,
} from '@billing/shared/kernel';
import { DraftLine, lineNetAmount } from './invoice-line';

export interface InvoiceTotals {
  /** Sum of the rounded line amounts after their discounts. */
  subtotal: Money;
  /** round-half-up(subtotal x tax bps / 10000). */
  tax: Money;
  total: Money;
}

/**
 * SPEC "Money, time and rounding": totals are the sum of rounded line amounts; tax is rounded once, on the
 * subtotal. Every amount must be in the invoice currency (sumMoney refuses a mix).
 */
export function invoiceTotals(
  lines: readonly Pick<DraftLine, 'quantity' | 'price' | 'discount'>[],
  taxRateBasisPoints: number,
  currency: CurrencyCode,
): InvoiceTotals {
  const subtotal = sumMoney(lines.map(lineNetAmount), currency);
  const tax = applyBasisPoints(subtotal, taxRateBasisPoints);
  return { subtotal, tax, total: addMoney(subtotal, tax) };
}

export function zeroTotals(currency: CurrencyCode): InvoiceTotals {
  const zero = money(0, currency);
  return { subtotal: zero, tax: zero, total: zero };
}
