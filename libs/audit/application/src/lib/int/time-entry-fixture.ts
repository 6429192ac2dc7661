import { randomUUID } from 'node:crypto';
import type { EventStore } from '@billing/event-store';

export interface EntryFixture {
  entryId: string;
  stream: string;
  correlationId: string;
}

/** A timer entry started and stopped by its member, then edited by a responsible with a reason (the shapes time tracking stores). */
export async function writeEditedEntry(store: EventStore, memberId: string, editorId: string): Promise<EntryFixture> {
  const entryId = randomUUID();
  const stream = `time-entry-${entryId}`;
  const correlationId = randomUUID();
  const details = { projectId: randomUUID(), taskId: null, description: 'Workshop', tags: [], billable: true };
  const startedAt = '2026-01-12T09:00:00.000Z';
  const meta = (actor: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
    actor,
    occurredAt,
    correlationId,
    ...extra,
  });
  await store.append(
    stream,
    [
      {
        id: randomUUID(),
        type: 'time-entry-started',
        data: { entryId, memberId, source: 'timer', startedAt, recordedAt: startedAt, ...details },
        metadata: meta(memberId, startedAt),
      },
      {
        id: randomUUID(),
        type: 'time-entry-stopped',
        data: { entryId, endedAt: '2026-01-12T11:00:00.000Z', durationSeconds: 7200 },
        metadata: meta(memberId, '2026-01-12T11:00:00.000Z'),
      },
    ],
    'no_stream',
  );
  await store.append(
    stream,
    [
      {
        id: randomUUID(),
        type: 'time-entry-edited',
        data: {
          entryId,
          changes: { description: { before: 'Workshop', after: 'Workshop with Acme' }, billable: { before: true, after: false } },
          reason: 'internal workshop, not billable',
        },
        metadata: meta(editorId, '2026-01-13T08:00:00.000Z', { reason: 'internal workshop, not billable', causationId: randomUUID() }),
      },
    ],
    1,
  );
  return { entryId, stream, correlationId };
}
