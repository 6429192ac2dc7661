/**
 * The billing API (/api/v1/billing, /api/v1/invoices). Plain TypeScript only: the admin app imports these.
 * Dates are `YYYY-MM-DD` in the organisation's zone; money is integer minor units in the client's currency.
 */

export interface MoneyView {
  amountMinor: number;
  currency: string;
}

export const INVOICE_STATUSES = [
  'draft',
  'issued',
  'voided',
  'discarded',
] as const;
export type InvoiceStatusName = (typeof INVOICE_STATUSES)[number];

/** POST /api/v1/billing/runs: exactly one of clientId or projectId; billable, unbilled entries of [from, to]. */
export interface BillingRunRequest {
  clientId?: string;
  projectId?: string;
  from: string;
  to: string;
}

export interface TotalsView {
  subtotal: MoneyView;
  tax: MoneyView;
  total: MoneyView;
}

export interface LineQuantityView {
  unit: 'seconds' | 'units';
  value: number;
}

export type LineDiscountDto =
  | { kind: 'amount'; amountMinor: number }
  | { kind: 'percent'; basisPoints: number };

export interface InvoiceLineView {
  lineId: string;
  source: {
    kind: string;
    projectId?: string;
    memberId?: string;
    taskId?: string | null;
    milestoneId?: string;
    periodKey?: string;
  };
  description: string;
  quantity: LineQuantityView;
  /** Per hour (quantity in seconds) or per unit; null for a line priced from its entries' amounts. */
  unitAmount: MoneyView | null;
  discount: LineDiscountDto | null;
  gross: MoneyView;
  discountAmount: MoneyView;
  net: MoneyView;
  notes: string;
  entryIds: string[];
}

/** GET /api/v1/invoices/:id (ETag: the invoice stream's revision). */
export interface InvoiceView {
  invoiceId: string;
  revision: number;
  status: InvoiceStatusName;
  number: string | null;
  issuedOn: string | null;
  clientId: string;
  clientName: string;
  currency: string;
  taxRateBasisPoints: number;
  period: { from: string; to: string } | null;
  lines: InvoiceLineView[];
  coveredEntryIds: string[];
  totals: TotalsView;
}

/** The answer of a billing run: the draft, and what it left out. */
export interface BillingRunResult {
  invoice: InvoiceView;
  /** Billable entries of the selection without a rate: not on the invoice, not billed (billing audit). */
  entriesWithoutRate: string[];
}

/** GET /api/v1/invoices */
export interface InvoiceSummaryView {
  invoiceId: string;
  status: InvoiceStatusName;
  number: string | null;
  issuedOn: string | null;
  clientId: string;
  clientName: string;
  currency: string;
  totals: TotalsView;
  lineCount: number;
  entryCount: number;
  revision: number;
}

export interface InvoiceListQuery {
  status?: InvoiceStatusName;
  clientId?: string;
}

/** PATCH /api/v1/invoices/:id/lines/:lineId (If-Match). Fields left out stay as they are. */
export interface EditInvoiceLineRequest {
  description?: string;
  /** Seconds for hour lines, units otherwise (the line's unit is kept). */
  quantity?: number;
  /** Per hour (seconds lines) or per unit, in the invoice currency's minor units. */
  unitAmountMinor?: number;
  /** null removes the discount. */
  discount?: LineDiscountDto | null;
  notes?: string;
}

/** POST /api/v1/invoices/:id/lines (If-Match) */
export interface AddInvoiceLineRequest {
  description: string;
  quantity: LineQuantityView;
  unitAmountMinor: number;
  discount?: LineDiscountDto | null;
  notes?: string;
}

/** POST /api/v1/invoices/:id/issue (If-Match) */
export interface IssueInvoiceRequest {
  /** Default: today in the organisation's zone. */
  issuedOn?: string;
}

/** POST /api/v1/invoices/:id/void (If-Match) */
export interface VoidInvoiceRequest {
  reason: string;
}

/** POST /api/v1/invoices/:id/discard (If-Match) */
export interface DiscardInvoiceRequest {
  reason?: string;
}
