import type { EventData } from '@kurrent/kurrentdb-client';
import type { EventToAppend, RecordedEvent } from '../port/types';
import { brokenLinkReason, verifyChain } from './chain-verification';
import { chainEvents, toStoredEvent } from './stored-event';

function anEvent(n: number, extra: Partial<EventToAppend> = {}): EventToAppend {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    type: 'time-entry-logged',
    data: { minutes: 30 * (n + 1), note: undefined },
    metadata: {
      actor: 'member-1',
      occurredAt: '2026-01-01T09:00:00.000Z',
      correlationId: `c-${n}`,
    },
    ...extra,
  };
}

/** What the server would hand back for an appended event: JSON round trip, revision and position. */
function asStored(
  stream: string,
  data: EventData,
  revision: number,
): RecordedEvent {
  return toStoredEvent({
    streamId: stream,
    id: data.id,
    type: data.type,
    revision: BigInt(revision),
    created: new Date('2026-01-01T10:00:00.000Z'),
    data: JSON.parse(JSON.stringify(data.data)),
    metadata: JSON.parse(JSON.stringify(data.metadata)),
    position: {
      commit: BigInt(1000 + revision),
      prepare: BigInt(1000 + revision),
    },
  });
}

async function* iterate(
  events: RecordedEvent[],
): AsyncGenerator<RecordedEvent> {
  yield* events;
}

function storedStream(stream: string, count: number): RecordedEvent[] {
  const first = chainEvents(stream, [anEvent(0), anEvent(1)], 0, '');
  const second = chainEvents(stream, [anEvent(2)], 2, first.lastHash);
  return [...first.eventData, ...second.eventData]
    .slice(0, count)
    .map((data, revision) => asStored(stream, data, revision));
}

describe('hash chain', () => {
  it('links each event to the previous one, across appends', () => {
    const [e0, e1, e2] = storedStream('time-entry-1', 3);
    expect(e0.metadata.previousHash).toBe('');
    expect(e1.metadata.previousHash).toBe(e0.metadata.hash);
    expect(e2.metadata.previousHash).toBe(e1.metadata.hash);
    expect(
      new Set([e0.metadata.hash, e1.metadata.hash, e2.metadata.hash]).size,
    ).toBe(3);
  });

  it('stores the schema version and the caller metadata, dropping caller values for store-owned keys', () => {
    const { eventData } = chainEvents(
      's',
      [
        anEvent(0, {
          schemaVersion: 3,
          metadata: { ...anEvent(0).metadata, hash: 'forged', reason: 'typo' },
        }),
      ],
      0,
      '',
    );
    const stored = asStored('s', eventData[0], 0);
    expect(stored.schemaVersion).toBe(3);
    expect(stored.metadata).toEqual({
      actor: 'member-1',
      occurredAt: '2026-01-01T09:00:00.000Z',
      correlationId: 'c-0',
      reason: 'typo',
      recordedAt: '2026-01-01T10:00:00.000Z',
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      previousHash: '',
    });
    expect(stored.metadata.hash).not.toBe('forged');
    expect(stored.position).toBe('kurrent:1000:1000');
  });

  it('defaults the schema version to 1', () => {
    const { eventData } = chainEvents('s', [anEvent(0)], 0, '');
    expect(asStored('s', eventData[0], 0).schemaVersion).toBe(1);
  });

  it('verifies an untouched stream', async () => {
    expect(await verifyChain(iterate(storedStream('time-entry-1', 3)))).toEqual(
      { ok: true, eventsChecked: 3 },
    );
  });

  it('names the first event whose content was altered', async () => {
    const events = storedStream('time-entry-1', 3);
    events[1] = { ...events[1], data: { minutes: 600 } };
    expect(await verifyChain(iterate(events))).toEqual({
      ok: false,
      eventsChecked: 2,
      firstBrokenLink: {
        stream: 'time-entry-1',
        revision: 1,
        eventId: events[1].id,
        reason: 'the hash does not match the event content',
      },
    });
  });

  it('detects a removed event and a re-linked chain', async () => {
    const [e0, , e2] = storedStream('time-entry-1', 3);
    const gap = await verifyChain(iterate([e0, e2]));
    expect(gap).toMatchObject({
      ok: false,
      firstBrokenLink: { revision: 2, reason: 'revision 2 follows revision 0' },
    });

    const relinked = { ...e2, revision: 1 };
    const result = await verifyChain(iterate([e0, relinked]));
    expect(result).toMatchObject({
      ok: false,
      firstBrokenLink: { revision: 1 },
    });
  });

  it('detects an event rewritten with a fresh hash but an old previousHash', () => {
    const [e0, e1] = storedStream('time-entry-1', 2);
    const forged = {
      ...e1,
      metadata: { ...e1.metadata, previousHash: 'f'.repeat(64) },
    };
    expect(
      brokenLinkReason(forged, { revision: 0, hash: e0.metadata.hash }),
    ).toBe('the hash does not match the event content');
  });

  it('anchors at the first readable event when earlier ones are truncated, but not at revision 0', () => {
    const [, e1, e2] = storedStream('time-entry-1', 3);
    expect(brokenLinkReason(e1, undefined)).toBeUndefined();
    expect(
      brokenLinkReason(e2, { revision: 1, hash: e1.metadata.hash }),
    ).toBeUndefined();
    expect(
      brokenLinkReason(
        { ...e1, metadata: { ...e1.metadata, hash: '' } },
        undefined,
      ),
    ).toBe('no hash in the event metadata');
  });

  it('continues the event count across streams', async () => {
    expect(await verifyChain(iterate(storedStream('b', 2)), 5)).toEqual({
      ok: true,
      eventsChecked: 7,
    });
  });
});
