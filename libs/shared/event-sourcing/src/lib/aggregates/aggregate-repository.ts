import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  type EventStore,
  type EventToAppend,
  type Position,
  WrongExpectedRevisionError,
} from '@billing/event-store';
import { type Decider, NotFoundError } from '@billing/shared/kernel';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../request-context/request-context';
import { uuidFromSeed } from '../request-context/deterministic-ids';
import type { CommandMetadata } from './command-metadata';
import type { EventCodec } from './event-codec';

export interface LoadedAggregate<State> {
  state: State;
  /** Revision of the stream's last event; null when the stream does not exist yet. */
  revision: number | null;
  eventIds: ReadonlySet<string>;
}

export interface ExecuteRequest<Command, State, Event, Context> {
  stream: string;
  decider: Decider<Command, State, Event, Context>;
  codec: EventCodec<Event>;
  command: Command;
  context: Context;
  metadata: CommandMetadata;
  /** From If-Match: refuse the write unless the stream is still at this revision. */
  expectedRevision?: number;
}

export interface ExecuteResult<State, Event> {
  events: Event[];
  state: State;
  /** Revision after the write (unchanged when nothing was appended); null when the stream still does not exist. */
  revision: number | null;
  position: Position | null;
  /** True when an earlier attempt of the same idempotent request had already appended these events. */
  replayed: boolean;
}

/** Load a stream, run the pure decider, append with the revision it was based on. */
@Injectable()
export class AggregateRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<State, Event>(
    stream: string,
    decider: Pick<Decider<unknown, State, Event, unknown>, 'evolve' | 'initialState'>,
    codec: EventCodec<Event>,
  ): Promise<LoadedAggregate<State>> {
    const result = await this.store.readStream(stream);
    if (result.kind !== 'found') {
      return { state: decider.initialState, revision: null, eventIds: new Set() };
    }
    let state = decider.initialState;
    let revision: number | null = null;
    const eventIds = new Set<string>();
    for await (const recorded of result.events) {
      state = decider.evolve(state, codec.decode(recorded));
      revision = recorded.revision;
      eventIds.add(recorded.id);
    }
    return { state, revision, eventIds };
  }

  /** Loads and throws NotFoundError when the stream has no events. */
  async loadExisting<State, Event>(
    entity: string,
    id: string,
    stream: string,
    decider: Pick<Decider<unknown, State, Event, unknown>, 'evolve' | 'initialState'>,
    codec: EventCodec<Event>,
  ): Promise<LoadedAggregate<State> & { revision: number }> {
    const loaded = await this.load(stream, decider, codec);
    if (loaded.revision === null) throw new NotFoundError(entity, id);
    return { ...loaded, revision: loaded.revision };
  }

  async execute<Command, State, Event, Context>(
    request: ExecuteRequest<Command, State, Event, Context>,
  ): Promise<ExecuteResult<State, Event>> {
    const { stream, decider, codec, metadata } = request;
    const loaded = await this.load(stream, decider, codec);
    const idempotencyKey = RequestContext.idempotencyKey();
    const eventId = (index: number) =>
      idempotencyKey === undefined ? randomUUID() : uuidFromSeed(`${idempotencyKey}|${stream}|${index}`);

    if (idempotencyKey !== undefined && loaded.eventIds.has(eventId(0))) {
      // A retry of a request whose events are already stored: report them, decide nothing again.
      return { events: [], state: loaded.state, revision: loaded.revision, position: null, replayed: true };
    }
    if (request.expectedRevision !== undefined && request.expectedRevision !== loaded.revision) {
      throw new WrongExpectedRevisionError(stream, request.expectedRevision, loaded.revision ?? 'no_stream');
    }

    const events = decider.decide(request.command, loaded.state, request.context);
    if (events.length === 0) {
      return { events, state: loaded.state, revision: loaded.revision, position: null, replayed: false };
    }
    const toAppend: EventToAppend[] = events.map((event, index) => {
      const encoded = codec.encode(event);
      return {
        id: eventId(index),
        type: encoded.type,
        schemaVersion: encoded.schemaVersion,
        data: encoded.data,
        metadata: {
          actor: metadata.actor,
          occurredAt: metadata.occurredAt.toISOString(),
          correlationId: metadata.correlationId ?? RequestContext.correlationId(),
          ...(metadata.causationId ? { causationId: metadata.causationId } : {}),
          ...(metadata.reason ? { reason: metadata.reason } : {}),
        },
      };
    });
    const appended = await this.store.append(stream, toAppend, loaded.revision ?? 'no_stream');
    const state = events.reduce((current, event) => decider.evolve(current, event), loaded.state);
    return {
      events,
      state,
      revision: appended.nextExpectedRevision,
      position: appended.position,
      replayed: false,
    };
  }
}
