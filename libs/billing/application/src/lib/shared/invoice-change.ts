import { Inject, Injectable } from '@nestjs/common';
import { Command, type CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import type { Principal } from '@billing/access/domain';
import type { InvoiceView } from '@billing/billing/contracts';
import type { ExistingInvoice } from '@billing/billing/domain';
import { commandBasics } from '@billing/rates/application';
import type { CommandMetadata } from '@billing/shared/event-sourcing';
import type { Clock, InvoiceId, MemberId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { withEtag } from './http';
import { InvoiceStreams } from './invoice-streams';

/** A change of one invoice as the API asks for it: by whom, which invoice, the revision they saw (If-Match), what. */
export abstract class InvoiceChangeCommand<
  Change,
> extends Command<InvoiceView> {
  constructor(
    readonly principal: Principal,
    readonly invoiceId: string,
    readonly expectedRevision: number,
    readonly change: Change,
  ) {
    super();
  }
}

export interface InvoiceChangeStart {
  readonly invoiceId: InvoiceId;
  /** The invoice as it is now, and its revision. */
  readonly invoice: ExistingInvoice;
  readonly revision: number;
  readonly actorId: MemberId;
  readonly metadata: CommandMetadata;
}

/** The preamble every invoice change shares: load the invoice (404 when there is none), the actor, the envelope. */
@Injectable()
export class InvoiceChanges {
  constructor(
    private readonly streams: InvoiceStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async begin(
    command: InvoiceChangeCommand<unknown>,
    reason?: string | null,
  ): Promise<InvoiceChangeStart> {
    const { invoice, revision } = await this.streams.load(command.invoiceId);
    const { actorId, metadata } = commandBasics(
      command.principal,
      this.clock,
      reason,
    );
    return {
      invoiceId: command.invoiceId as InvoiceId,
      invoice,
      revision,
      actorId,
      metadata,
    };
  }
}

/** Runs an invoice change from a controller; the answer carries the new revision as ETag. */
export async function dispatchInvoiceChange(
  commands: CommandBus,
  response: Response,
  command: InvoiceChangeCommand<unknown>,
): Promise<InvoiceView> {
  return withEtag(response, await commands.execute(command));
}
