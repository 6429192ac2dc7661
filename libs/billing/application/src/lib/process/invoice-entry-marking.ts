import { Injectable, Logger } from '@nestjs/common';
import { coveredEntryIds } from '@billing/billing/domain';
import { ConflictError, type InvoiceId } from '@billing/shared/kernel';
import { EntryClaims, invoiceClaim } from '../shared/entry-claims';
import { EntryMarks } from '../shared/entry-marks';
import { InvoiceStreams } from '../shared/invoice-streams';

export const BILLING_ACTOR = 'system:billing';

export interface MarkingReport {
  entryIds: string[];
  failed: Array<{ entryId: string; code: string }>;
}

/**
 * The second half of issuing and voiding, as a small process. The invoice stream is the truth: an issued invoice's
 * entries must carry `time-entry-billed` with its id; a voided one's must not. This converges each entry to that,
 * with event ids derived from the invoice, so the issue handler, a retry, and the reactor can all run it.
 */
@Injectable()
export class InvoiceEntryMarking {
  private readonly logger = new Logger(InvoiceEntryMarking.name);

  constructor(
    private readonly streams: InvoiceStreams,
    private readonly marks: EntryMarks,
    private readonly claims: EntryClaims,
  ) {}

  async complete(
    invoiceId: string,
    actor = BILLING_ACTOR,
    at = new Date(),
  ): Promise<MarkingReport> {
    const { invoice } = await this.streams.load(invoiceId);
    const entryIds = coveredEntryIds(invoice.lines);
    const billing = {
      kind: 'invoice' as const,
      invoiceId: invoice.invoiceId as InvoiceId,
    };
    const failed: MarkingReport['failed'] = [];
    if (invoice.status === 'issued') {
      for (const entryId of entryIds) {
        try {
          await this.marks.mark(
            entryId,
            billing,
            actor,
            at,
            `invoice-billed|${invoiceId}`,
          );
        } catch (error) {
          failed.push({ entryId, code: codeOf(error) });
        }
      }
    } else if (invoice.status === 'voided') {
      for (const entryId of entryIds) {
        try {
          await this.marks.unmark(
            entryId,
            billing,
            actor,
            at,
            `invoice ${invoice.number ?? invoiceId} voided`,
            `invoice-unbilled|${invoiceId}`,
          );
        } catch (error) {
          if (
            !(
              error instanceof ConflictError &&
              error.code === 'ENTRY_NOT_BILLED'
            )
          )
            failed.push({ entryId, code: codeOf(error) });
        }
      }
      await this.claims.release(entryIds, invoiceClaim(invoiceId));
    } else if (invoice.status === 'discarded') {
      await this.claims.release(entryIds, invoiceClaim(invoiceId));
    }
    if (failed.length > 0)
      this.logger.warn(
        `Invoice ${invoiceId}: ${failed.length} entries could not be brought in line: ${JSON.stringify(failed)}`,
      );
    return { entryIds, failed };
  }
}

function codeOf(error: unknown): string {
  if (error instanceof ConflictError) return error.code;
  return error instanceof Error ? error.name : 'UNKNOWN';
}
