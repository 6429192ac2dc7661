import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@billing/event-store';
import { AggregateRepository, RequestContext, uuidFromSeed } from '@billing/shared/event-sourcing';
import type { MemberId, TimeEntryId } from '@billing/shared/kernel';
import {
  type TimeEntryState,
  type TimerEvent,
  type TimerPlan,
  type TimerState,
  timeEntryDecider,
  timeEntryStreamId,
  timerDecider,
  timerStreamId,
} from '@billing/time-tracking/domain';
import { randomUUID } from 'node:crypto';
import { refusingStaleWrites } from '../../shared/entry-streams';
import { timeEntryCodec, timerCodec } from '../../shared/time-tracking-codecs';

export interface LoadedTimer {
  memberId: string;
  state: TimerState;
  /** null: the member never ran a timer. */
  revision: number | null;
  events: RecordedEvent[];
}

export interface LoadedEntry {
  state: TimeEntryState;
  revision: number | null;
  eventIds: ReadonlySet<string>;
}

export interface PlanMetadata {
  actor: string;
  occurredAt: Date;
}

/**
 * Reads the member's timer stream and entry streams, and writes a TimerPlan: first the timer events with the timer
 * stream's expected revision (the race is decided there: the loser gets a 409 and nothing is written), then each
 * entry's events with that entry's expected revision and event ids derived from the timer's first event id, so
 * re-sending the entry steps after a crash is a no-op.
 */
@Injectable()
export class TimerStreams {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly repository: AggregateRepository,
  ) {}

  async loadTimer(memberId: string): Promise<LoadedTimer> {
    const read = await this.store.readStream(timerStreamId(memberId as MemberId));
    const events: RecordedEvent[] = [];
    if (read.kind === 'found') for await (const recorded of read.events) events.push(recorded);
    return {
      memberId,
      state: events.map((recorded) => timerCodec.decode(recorded)).reduce(timerDecider.evolve, timerDecider.initialState),
      revision: events.at(-1)?.revision ?? null,
      events,
    };
  }

  /** The timer as it was before the event `eventId` (to plan a retried request again exactly as the first time). */
  timerBefore(timer: LoadedTimer, eventId: string): { loaded: LoadedTimer; replayed: TimerEvent[] } {
    const index = timer.events.findIndex((recorded) => recorded.id === eventId);
    const before = timer.events.slice(0, index);
    return {
      loaded: {
        memberId: timer.memberId,
        state: before.map((recorded) => timerCodec.decode(recorded)).reduce(timerDecider.evolve, timerDecider.initialState),
        revision: before.at(-1)?.revision ?? null,
        events: before,
      },
      replayed: timer.events.slice(index).map((recorded) => timerCodec.decode(recorded)),
    };
  }

  loadEntry(entryId: string): Promise<LoadedEntry> {
    return this.repository.load(timeEntryStreamId(entryId as TimeEntryId), timeEntryDecider, timeEntryCodec);
  }

  /** The id of the timer event at `index` for this request: derived from the Idempotency-Key when there is one. */
  timerEventId(memberId: string, index: number): string {
    const key = RequestContext.idempotencyKey();
    return key === undefined ? randomUUID() : uuidFromSeed(`${key}|${timerStreamId(memberId as MemberId)}|${index}`);
  }

  async write(
    plan: TimerPlan,
    timer: LoadedTimer,
    entries: ReadonlyMap<string, LoadedEntry>,
    metadata: PlanMetadata,
    options: { timerAlreadyWritten: boolean },
  ): Promise<void> {
    if (plan.timer.length === 0 && plan.entries.length === 0) return;
    const envelope = {
      actor: metadata.actor,
      occurredAt: metadata.occurredAt.toISOString(),
      correlationId: RequestContext.correlationId(),
    };
    const timerIds = plan.timer.map((_, index) => this.timerEventId(timer.memberId, index));
    const seed = timerIds[0] ?? randomUUID();
    if (!options.timerAlreadyWritten && plan.timer.length > 0) {
      await refusingStaleWrites(() =>
        this.store.append(
          timerStreamId(timer.memberId as MemberId),
          plan.timer.map((event, index) => ({ id: timerIds[index] ?? randomUUID(), ...this.encoded(timerCodec.encode(event)), metadata: envelope })),
          timer.revision ?? 'no_stream',
        ),
      );
    }
    for (const step of plan.entries) {
      const ids = step.events.map((_, index) => uuidFromSeed(`${seed}|${step.streamId}|${index}`));
      const current = entries.get(step.entryId);
      if (current === undefined) throw new Error(`TimerStreams.write: entry ${step.entryId} was not loaded for the plan`);
      if (ids[0] !== undefined && current.eventIds.has(ids[0])) continue; // written by an earlier attempt
      await refusingStaleWrites(() =>
        this.store.append(
          step.streamId,
          step.events.map((event, index) => ({ id: ids[index] ?? randomUUID(), ...this.encoded(timeEntryCodec.encode(event)), metadata: envelope })),
          current.revision ?? 'no_stream',
        ),
      );
    }
  }

  private encoded(encoded: { type: string; data: unknown; schemaVersion: number }) {
    return { type: encoded.type, data: encoded.data, schemaVersion: encoded.schemaVersion };
  }
}
