import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import {
  type ExistingInvoice,
  type InvoiceEvent,
  type InvoiceEventType,
  type InvoiceState,
  coveredEntryIds,
  evolveInvoice,
  invoiceTotals,
} from '@billing/billing/domain';
import type { EntityManager } from 'typeorm';

export const INVOICES_PROJECTION = 'billing-invoices';

export const INVOICE_EVENT_TYPES: readonly InvoiceEventType[] = [
  'invoice-drafted',
  'invoice-line-edited',
  'invoice-line-added',
  'invoice-line-removed',
  'invoice-issued',
  'invoice-voided',
  'invoice-draft-discarded',
];

/** `billing_invoices`: each invoice folded with the aggregate's own evolve; totals as the invoice computes them. */
@Injectable()
export class InvoicesProjection implements Projection {
  readonly name = INVOICES_PROJECTION;
  readonly filter = {
    streamPrefixes: ['invoice-'],
    eventTypes: INVOICE_EVENT_TYPES,
  };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const touched = new Map<
      string,
      {
        state: InvoiceState;
        revision: number;
        draftedAt: string;
        period: unknown;
      }
    >();
    for (const recorded of events) {
      const event = {
        type: recorded.type,
        data: recorded.data,
      } as InvoiceEvent;
      const invoiceId = event.data.invoiceId;
      let current = touched.get(invoiceId);
      if (current === undefined) {
        const rows: {
          state: ExistingInvoice;
          revision: number;
          drafted_at: Date;
          period: unknown;
        }[] = await em.query(
          'select state, revision, drafted_at, period from billing_invoices where invoice_id = $1',
          [invoiceId],
        );
        const row = rows[0];
        current =
          row === undefined
            ? {
                state: { status: 'none' },
                revision: -1,
                draftedAt: recorded.metadata.occurredAt,
                period: null,
              }
            : {
                state: row.state,
                revision: row.revision,
                draftedAt: row.drafted_at.toISOString(),
                period: row.period,
              };
      }
      if (recorded.revision <= current.revision) continue;
      const period =
        event.type === 'invoice-drafted' ? event.data.period : current.period;
      touched.set(invoiceId, {
        ...current,
        period,
        state: evolveInvoice(current.state, event),
        revision: recorded.revision,
      });
    }
    for (const { state, revision, draftedAt, period } of touched.values()) {
      if (state.status === 'none') continue;
      const totals = invoiceTotals(
        state.lines,
        state.taxRateBasisPoints,
        state.currency,
      );
      await em.query(
        `insert into billing_invoices (invoice_id, client_id, status, number, sequence, issued_on, currency, subtotal_minor, tax_minor,
           total_minor, covered_entry_ids, state, revision, drafted_at, period)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         on conflict (invoice_id) do update set status = excluded.status, number = excluded.number, sequence = excluded.sequence,
           issued_on = excluded.issued_on, subtotal_minor = excluded.subtotal_minor, tax_minor = excluded.tax_minor,
           total_minor = excluded.total_minor, covered_entry_ids = excluded.covered_entry_ids, state = excluded.state,
           revision = excluded.revision`,
        [
          state.invoiceId,
          state.clientId,
          state.status,
          state.number,
          state.sequence,
          state.issuedOn,
          state.currency,
          totals.subtotal.amountMinor,
          totals.tax.amountMinor,
          totals.total.amountMinor,
          coveredEntryIds(state.lines),
          JSON.stringify(state),
          revision,
          draftedAt,
          period === null ? null : JSON.stringify(period),
        ],
      );
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from billing_invoices');
  }
}
