import { Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  BILLING_EVENT_SCHEMA_VERSIONS,
  type InvoiceNumberingEvent,
  assignedInvoiceNumber,
  invoiceNumberingDecider,
  invoiceNumberingStreamId,
} from '@billing/billing/domain';
import { formatInvoiceNumber } from '@billing/organisation/domain';
import {
  AggregateRepository,
  type CommandMetadata,
  typeDataCodec,
} from '@billing/shared/event-sourcing';
import {
  ConflictError,
  type InvoiceId,
  type LocalDate,
  type MemberId,
  type OrganisationId,
} from '@billing/shared/kernel';

const codec = typeDataCodec<InvoiceNumberingEvent>(
  BILLING_EVENT_SCHEMA_VERSIONS,
);
const MAX_ATTEMPTS = 50;

/**
 * The gapless sequence: the next number is decided on the stream's state and appended with the revision it was read
 * at. A racing issue loses the append, reloads and takes the next number; assigning is idempotent per invoice.
 */
@Injectable()
export class InvoiceNumbering {
  constructor(private readonly repository: AggregateRepository) {}

  async assign(
    organisationId: OrganisationId,
    invoiceId: InvoiceId,
    issuedOn: LocalDate,
    format: string,
    actorId: MemberId,
    metadata: CommandMetadata,
  ): Promise<{ number: string; sequence: number }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.repository.execute({
          stream: invoiceNumberingStreamId(organisationId),
          decider: invoiceNumberingDecider,
          codec,
          command: {
            type: 'assign-invoice-number',
            actorId,
            data: { organisationId, invoiceId, issuedOn },
          },
          context: {
            formatNumber: (values) => formatInvoiceNumber(format, values),
          },
          metadata,
        });
        const assigned = assignedInvoiceNumber(result.state, invoiceId);
        if (assigned === undefined)
          throw new Error(`No number was assigned to invoice ${invoiceId}`);
        return assigned;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new ConflictError(
            'INVOICE_NUMBERING_BUSY',
            {},
            'Too many invoices are being issued at once; retry',
          );
        }
      }
    }
  }

  async assignedTo(
    organisationId: OrganisationId,
    invoiceId: InvoiceId,
  ): Promise<{ number: string; sequence: number } | undefined> {
    const loaded = await this.repository.load(
      invoiceNumberingStreamId(organisationId),
      invoiceNumberingDecider,
      codec,
    );
    return assignedInvoiceNumber(loaded.state, invoiceId);
  }
}
