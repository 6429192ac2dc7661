import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type {
  InvoiceLineView,
  InvoiceView,
  LineDiscountDto,
} from '@billing/billing/contracts';
import {
  type ExistingInvoice,
  type InvoiceLine,
  type LineDiscount,
  coveredEntryIds,
  invoiceTotals,
  lineDiscountAmount,
  lineGrossAmount,
  lineNetAmount,
} from '@billing/billing/domain';
import type { Money } from '@billing/shared/kernel';

const moneyView = (value: Money) => ({
  amountMinor: value.amountMinor,
  currency: value.currency,
});

export function discountDto(
  discount: LineDiscount | null,
): LineDiscountDto | null {
  if (discount === null) return null;
  return discount.kind === 'amount'
    ? { kind: 'amount', amountMinor: discount.amount.amountMinor }
    : { kind: 'percent', basisPoints: discount.basisPoints };
}

function lineView(line: InvoiceLine): InvoiceLineView {
  return {
    lineId: line.lineId,
    source: { ...line.source },
    description: line.description,
    quantity: { ...line.quantity },
    unitAmount:
      line.price.kind === 'entries' ? null : moneyView(line.price.unitAmount),
    discount: discountDto(line.discount),
    gross: moneyView(lineGrossAmount(line)),
    discountAmount: moneyView(lineDiscountAmount(line)),
    net: moneyView(lineNetAmount(line)),
    notes: line.notes,
    entryIds: [...line.entryIds],
  };
}

export function invoiceView(
  invoice: ExistingInvoice,
  revision: number,
  clientName: string,
  period: InvoiceView['period'],
): InvoiceView {
  const totals = invoiceTotals(
    invoice.lines,
    invoice.taxRateBasisPoints,
    invoice.currency,
  );
  return {
    invoiceId: invoice.invoiceId,
    revision,
    status: invoice.status,
    number: invoice.number,
    issuedOn: invoice.issuedOn,
    clientId: invoice.clientId,
    clientName,
    currency: invoice.currency,
    taxRateBasisPoints: invoice.taxRateBasisPoints,
    period,
    lines: invoice.lines.map(lineView),
    coveredEntryIds: coveredEntryIds(invoice.lines),
    totals: {
      subtotal: moneyView(totals.subtotal),
      tax: moneyView(totals.tax),
      total: moneyView(totals.total),
    },
  };
}

/** The client's name and the run's period, which the aggregate state does not keep, for the invoice view. */
@Injectable()
export class InvoiceViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(invoice: ExistingInvoice, revision: number): Promise<InvoiceView> {
    const clients: { name: string }[] = await this.dataSource.query(
      'select name from org_clients where id = $1',
      [invoice.clientId],
    );
    const rows: { period: InvoiceView['period'] }[] =
      await this.dataSource.query(
        'select period from billing_invoices where invoice_id = $1',
        [invoice.invoiceId],
      );
    return invoiceView(
      invoice,
      revision,
      clients[0]?.name ?? '',
      rows[0]?.period ?? null,
    );
  }
}
