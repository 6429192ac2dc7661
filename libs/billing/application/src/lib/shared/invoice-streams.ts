import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  BILLING_EVENT_SCHEMA_VERSIONS,
  type ExistingInvoice,
  type InvoiceCommand,
  type InvoiceDecisionContext,
  type InvoiceEvent,
  invoiceDecider,
  invoiceStreamId,
} from '@billing/billing/domain';
import {
  AggregateRepository,
  type CommandMetadata,
  awaitReadModel,
  typeDataCodec,
} from '@billing/shared/event-sourcing';
import {
  ConflictError,
  type InvoiceId,
  NotFoundError,
} from '@billing/shared/kernel';

export const invoiceCodec = typeDataCodec<InvoiceEvent>(
  BILLING_EVENT_SCHEMA_VERSIONS,
);

export function staleInvoice(error: WrongExpectedRevisionError): ConflictError {
  return new ConflictError(
    'WRONG_EXPECTED_REVISION',
    { expected: error.expected, actual: error.actual },
    'The invoice was changed meanwhile; reload it and retry',
  );
}

/** Loads invoice streams, decides, appends at the revision the caller saw, and waits for the invoice list. */
@Injectable()
export class InvoiceStreams {
  constructor(
    private readonly repository: AggregateRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async load(
    invoiceId: string,
  ): Promise<{ invoice: ExistingInvoice; revision: number }> {
    const loaded = await this.repository.loadExisting(
      'Invoice',
      invoiceId,
      invoiceStreamId(invoiceId as InvoiceId),
      invoiceDecider,
      invoiceCodec,
    );
    if (loaded.state.status === 'none')
      throw new NotFoundError('Invoice', invoiceId);
    return { invoice: loaded.state, revision: loaded.revision };
  }

  async execute(
    command: InvoiceCommand,
    context: InvoiceDecisionContext,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<{ invoice: ExistingInvoice; revision: number }> {
    const invoiceId = command.data.invoiceId;
    try {
      const result = await this.repository.execute({
        stream: invoiceStreamId(invoiceId),
        decider: invoiceDecider,
        codec: invoiceCodec,
        command,
        context,
        metadata,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      if (result.state.status === 'none' || result.revision === null)
        throw new NotFoundError('Invoice', invoiceId);
      await this.awaitListed(invoiceId, result.revision);
      return { invoice: result.state, revision: result.revision };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError)
        throw staleInvoice(error);
      throw error;
    }
  }

  /** Read-your-writes for the invoice list (gives up quietly: the write succeeded). */
  awaitListed(invoiceId: string, revision: number): Promise<boolean> {
    return awaitReadModel(async () => {
      const rows: unknown[] = await this.dataSource.query(
        'select 1 from billing_invoices where invoice_id = $1 and revision >= $2',
        [invoiceId, revision],
      );
      return rows.length > 0;
    }, 5000);
  }
}

export function staleInvoiceRevision(
  expected: number,
  actual: number,
): ConflictError {
  return new ConflictError(
    'WRONG_EXPECTED_REVISION',
    { expected, actual },
    'The invoice was changed meanwhile; reload it and retry',
  );
}
