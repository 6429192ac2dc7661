import { randomUUID } from 'node:crypto';
import type { EventStore } from '@billing/event-store';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS } from '@billing/organisation/domain';
import type { StreamBatch } from './organisation-events';

const ACTOR = 'system:generate-data';

/** Appends each batch to its stream through the event store port, `writers` appends at a time. */
export async function writeBatches(
  store: EventStore,
  batches: Iterable<StreamBatch>,
  writers: number,
  onProgress?: (written: number) => void,
): Promise<number> {
  const iterator = batches[Symbol.iterator]();
  let written = 0;
  const writer = async (): Promise<void> => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const batch = next.value;
      await store.append(
        batch.stream,
        batch.events.map((event) => ({
          id: randomUUID(),
          type: event.type,
          schemaVersion:
            (ORGANISATION_EVENT_SCHEMA_VERSIONS as Record<string, number>)[
              event.type
            ] ?? 1,
          data: event.data,
          metadata: {
            actor: ACTOR,
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
          },
        })),
        'any',
      );
      written += batch.events.length;
      if (written % 50_000 < batch.events.length) onProgress?.(written);
    }
  };
  await Promise.all(Array.from({ length: writers }, () => writer()));
  return written;
}
