import type { RecordedEvent } from '@billing/event-store';

/** A domain event as deciders produce it: a stable stored type name and plain data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * Maps domain events to stored events and back. The default keeps `{ type, data }` as is; contexts that changed an
 * event's shape register upcasters with the event store instead of branching here.
 */
export interface EventCodec<Event> {
  encode(event: Event): { type: string; data: unknown; schemaVersion: number };
  decode(recorded: RecordedEvent): Event;
}

export function typeDataCodec<Event extends DomainEvent>(schemaVersions: Partial<Record<Event['type'], number>> = {}): EventCodec<Event> {
  return {
    encode(event) {
      const version = (schemaVersions as Record<string, number | undefined>)[event.type] ?? 1;
      return { type: event.type, data: event.data, schemaVersion: version };
    },
    decode(recorded) {
      return { type: recorded.type, data: recorded.data } as Event;
    },
  };
}
