import { Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  AggregateRepository,
  type CommandMetadata,
  typeDataCodec,
} from '@billing/shared/event-sourcing';
import { ConflictError, type OrganisationId } from '@billing/shared/kernel';
import {
  RATES_EVENT_SCHEMA_VERSIONS,
  type RateBook,
  type RateBookCommand,
  type RateBookDecisionContext,
  type RateBookEvent,
  rateBookDecider,
  rateBookStreamId,
} from '@billing/rates/domain';

export const rateBookCodec = typeDataCodec<RateBookEvent>(
  RATES_EVENT_SCHEMA_VERSIONS,
);

const MAX_ATTEMPTS = 5;

/** The organisation's rate book: one stream, read whole (rates change rarely; a billing run needs all of it). */
@Injectable()
export class RateBookStore {
  constructor(private readonly repository: AggregateRepository) {}

  async load(
    organisationId: OrganisationId,
  ): Promise<{ book: RateBook; revision: number | null }> {
    const loaded = await this.repository.load(
      rateBookStreamId(organisationId),
      rateBookDecider,
      rateBookCodec,
    );
    return { book: loaded.state, revision: loaded.revision };
  }

  /**
   * Decides on the current book and appends at the revision it read. Without If-Match a write racing another
   * rate change is decided again on the newer book (the rules are per scope and date); with If-Match it is a 409.
   */
  async execute(
    command: RateBookCommand,
    context: RateBookDecisionContext,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<{ events: RateBookEvent[]; revision: number | null }> {
    const organisationId = command.data.organisationId;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.repository.execute({
          stream: rateBookStreamId(organisationId),
          decider: rateBookDecider,
          codec: rateBookCodec,
          command,
          context,
          metadata,
          ...(expectedRevision === undefined ? {} : { expectedRevision }),
        });
        return { events: result.events, revision: result.revision };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
          throw new ConflictError(
            'WRONG_EXPECTED_REVISION',
            { expected: error.expected, actual: error.actual },
            'The rate book changed meanwhile; reload it and retry',
          );
        }
      }
    }
  }
}
