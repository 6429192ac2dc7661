import { Injectable, Logger } from '@nestjs/common';
import type {
  Projection,
  ProjectionContext,
  RecordedEvent,
} from '@billing/event-store';
import { InvoiceEntryMarking } from './invoice-entry-marking';

export const INVOICE_ENTRY_MARKING_REACTOR = 'billing-invoice-entry-marking';

/**
 * Reacts to `invoice-issued` and `invoice-voided`: completes the entry marks the handler may not have finished
 * (a crash between the invoice event and the last entry). Idempotent; skipped while replaying. Its checkpoint moves
 * with each batch, so a mark that fails for good (a deleted entry) is logged, not retried forever.
 */
@Injectable()
export class InvoiceEntryMarkingReactor implements Projection {
  readonly name = INVOICE_ENTRY_MARKING_REACTOR;
  readonly filter = {
    streamPrefixes: ['invoice-'],
    eventTypes: ['invoice-issued', 'invoice-voided'],
  };
  private readonly logger = new Logger(InvoiceEntryMarkingReactor.name);

  constructor(private readonly marking: InvoiceEntryMarking) {}

  async apply(
    events: RecordedEvent[],
    _em: unknown,
    context: ProjectionContext,
  ): Promise<void> {
    if (context.replaying) return;
    const invoiceIds = [
      ...new Set(
        events.map((event) => (event.data as { invoiceId: string }).invoiceId),
      ),
    ];
    for (const invoiceId of invoiceIds) {
      try {
        await this.marking.complete(invoiceId);
      } catch (error) {
        this.logger.error(
          `Invoice ${invoiceId}: entry marks not completed: ${String(error)}`,
        );
      }
    }
  }

  async reset(): Promise<void> {
    // Nothing stored: the marks live in the entries' streams.
  }
}
