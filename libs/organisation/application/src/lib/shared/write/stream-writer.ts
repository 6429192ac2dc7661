import { Inject, Injectable } from '@nestjs/common';
import { WrongExpectedRevisionError } from '@billing/event-store';
import { AggregateRepository } from '@billing/shared/event-sourcing';
import type { OrganisationContextEvent } from '@billing/organisation/domain';
import { type Clock, type Decider, NotFoundError } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { organisationCodec } from './organisation-codec';

export interface StreamWrite<Command, State, Event, Context> {
  stream: string;
  /** Names the entity in a 404 when the stream turns out not to exist. */
  entity: { name: string; id: string };
  decider: Decider<Command, State, Event, Context>;
  command: Command;
  /** The acting member (principal.memberId), recorded on every event. */
  actorId: string;
  context: Context;
  /** From If-Match; required on updates. */
  expectedRevision?: number;
}

export interface StreamWritten<State> {
  state: State;
  revision: number;
  /** False when the decision changed nothing (or a retry found its events already stored). */
  appended: boolean;
}

/** Load, decide, append with the expected revision; the actor and time go into every event's metadata. */
@Injectable()
export class StreamWriter {
  constructor(
    private readonly repository: AggregateRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async write<Command, State, Event extends OrganisationContextEvent, Context>(
    request: StreamWrite<Command, State, Event, Context>,
  ): Promise<StreamWritten<State>> {
    const result = await this.repository
      .execute({
      stream: request.stream,
      decider: request.decider,
      codec: organisationCodec<Event>(),
      command: request.command,
      context: request.context,
      expectedRevision: request.expectedRevision,
      metadata: { actor: request.actorId, occurredAt: this.clock.now() },
      })
      .catch((error: unknown) => {
        // An update of something that never existed is a 404, not a stale revision.
        if (error instanceof WrongExpectedRevisionError && error.actual === 'no_stream') {
          throw new NotFoundError(request.entity.name, request.entity.id);
        }
        throw error;
      });
    if (result.revision === null) {
      throw new NotFoundError(request.entity.name, request.entity.id);
    }
    return {
      state: result.state,
      revision: result.revision,
      appended: result.events.length > 0,
    };
  }

  now(): Date {
    return this.clock.now();
  }
}
