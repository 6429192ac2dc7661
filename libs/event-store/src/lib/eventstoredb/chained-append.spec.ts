import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendStreamState,
  type EventData,
  type KurrentDBClient,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../port/errors';
import type { EventToAppend } from '../port/types';
import { brokenLinkReason } from './chain-verification';
import { appendChained } from './chained-append';
import { toStoredEvent } from './stored-event';

interface StoredRecord {
  data: EventData;
  revision: number;
}

/**
 * A stand-in for the client with the server rules the adapter relies on: exact-revision conflicts, soft-deleted
 * streams that read as not found yet continue their revisions. It checks the adapter's decisions, not the server.
 */
class FakeKurrent {
  readonly streams = new Map<string, StoredRecord[]>();
  readonly softDeleted = new Set<string>();
  readonly sentStates: AppendStreamState[] = [];
  /** Appends that another writer slips in just before ours. */
  interleaved = 0;

  asClient(): KurrentDBClient {
    return this as unknown as KurrentDBClient;
  }

  readStream(
    stream: string,
    options: {
      fromRevision: bigint | 'start' | 'end';
      direction: string;
      maxCount?: number;
    },
  ) {
    const metastream = stream.startsWith('$$') ? stream.slice(2) : undefined;
    const records =
      metastream !== undefined
        ? this.metadataOf(metastream)
        : this.visible(stream);
    const all = this.streams.get(stream);
    return (async function* (): AsyncGenerator<ResolvedEvent> {
      if (
        records === undefined ||
        (metastream === undefined && all === undefined)
      ) {
        throw new StreamNotFoundError(undefined, stream);
      }
      const ordered =
        options.direction === 'backwards' ? [...records].reverse() : records;
      const from = options.fromRevision;
      const selected = ordered.filter((record) =>
        typeof from !== 'bigint'
          ? true
          : options.direction === 'backwards'
            ? record.revision <= Number(from)
            : record.revision >= Number(from),
      );
      for (const record of selected.slice(0, options.maxCount ?? Infinity)) {
        yield {
          event: {
            streamId: stream,
            id: record.data.id,
            type: record.data.type,
            revision: BigInt(record.revision),
            created: new Date(),
            isJson: true,
            data: JSON.parse(JSON.stringify(record.data.data)),
            metadata: JSON.parse(JSON.stringify(record.data.metadata)),
            position: {
              commit: BigInt(record.revision),
              prepare: BigInt(record.revision),
            },
          },
        } as ResolvedEvent;
      }
    })();
  }

  async appendToStream(
    stream: string,
    events: EventData[],
    options: { streamState: AppendStreamState },
  ) {
    this.sentStates.push(options.streamState);
    if (this.interleaved > 0) {
      this.interleaved -= 1;
      this.write(stream, [
        {
          id: randomUUID(),
          contentType: 'application/json',
          type: 'other',
          data: {},
          metadata: {},
        },
      ]);
    }
    const records = this.streams.get(stream) ?? [];
    const current = records.length - 1;
    const state = options.streamState;
    const softDeleted = this.softDeleted.has(stream);
    const ok =
      state === 'any' ||
      (state === 'no_stream' && (current < 0 || softDeleted)) ||
      state === BigInt(current);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected: state,
        current: current < 0 ? 'no_stream' : BigInt(current),
      });
    }
    const last = this.write(stream, events);
    return {
      success: true,
      nextExpectedRevision: BigInt(last),
      position: { commit: BigInt(last), prepare: BigInt(last) },
    };
  }

  private write(stream: string, events: EventData[]): number {
    const records = this.streams.get(stream) ?? [];
    for (const data of events) {
      records.push({ data, revision: records.length });
    }
    this.streams.set(stream, records);
    return records.length - 1;
  }

  private visible(stream: string): StoredRecord[] | undefined {
    const records = this.streams.get(stream);
    if (!records || this.softDeleted.has(stream)) {
      return undefined;
    }
    return records;
  }

  private metadataOf(stream: string): StoredRecord[] | undefined {
    return this.softDeleted.has(stream)
      ? [
          {
            revision: 0,
            data: {
              id: randomUUID(),
              contentType: 'application/json',
              type: '$metadata',
              data: { $tb: 1 },
              metadata: {},
            },
          },
        ]
      : undefined;
  }
}

function events(count: number): EventToAppend[] {
  return Array.from({ length: count }, (_, n) => ({
    id: randomUUID(),
    type: 'time-entry-logged',
    data: { n },
    metadata: {
      actor: 'member-1',
      occurredAt: '2026-01-01T09:00:00.000Z',
      correlationId: 'c',
    },
  }));
}

function chainHolds(fake: FakeKurrent, stream: string): boolean {
  let previous: { revision: number; hash: string } | undefined;
  for (const { data, revision } of fake.streams.get(stream) ?? []) {
    const event = toStoredEvent({
      streamId: stream,
      id: data.id,
      type: data.type,
      revision: BigInt(revision),
      created: new Date(),
      data: JSON.parse(JSON.stringify(data.data)),
      metadata: JSON.parse(JSON.stringify(data.metadata)),
      position: { commit: 1n, prepare: 1n },
    });
    if (brokenLinkReason(event, previous)) {
      return false;
    }
    previous = { revision, hash: event.metadata.hash };
  }
  return true;
}

describe('appendChained (against a fake client)', () => {
  it('creates a new stream with no_stream under the hood and chains across appends', async () => {
    const fake = new FakeKurrent();
    expect(await appendChained(fake.asClient(), 's', events(2), 'any')).toEqual(
      {
        nextExpectedRevision: 1,
        position: 'kurrent:1:1',
      },
    );
    await appendChained(fake.asClient(), 's', events(1), 'any');
    await appendChained(fake.asClient(), 's', events(1), 2);
    expect(fake.sentStates).toEqual(['no_stream', 1n, 2n]);
    expect(chainHolds(fake, 's')).toBe(true);
  });

  it('retries an `any` append on the new tail when another writer got there first', async () => {
    const fake = new FakeKurrent();
    await appendChained(fake.asClient(), 's', events(1), 'no_stream');
    fake.interleaved = 2;
    const result = await appendChained(fake.asClient(), 's', events(1), 'any');
    expect(result.nextExpectedRevision).toBe(3);
    expect(fake.sentStates).toEqual(['no_stream', 0n, 1n, 2n]);
  });

  it('does not retry the caller exact revision, and reports it', async () => {
    const fake = new FakeKurrent();
    await appendChained(fake.asClient(), 's', events(3), 'no_stream');
    const error = await appendChained(fake.asClient(), 's', events(1), 0).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ stream: 's', expected: 0, actual: 2 });
    expect(fake.sentStates).toEqual(['no_stream', 0n]);
  });

  it('fails stream_exists on a missing stream without writing', async () => {
    const fake = new FakeKurrent();
    const error = await appendChained(
      fake.asClient(),
      's',
      events(1),
      'stream_exists',
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      stream: 's',
      expected: 'stream_exists',
      actual: 'no_stream',
    });
    expect(fake.sentStates).toEqual([]);
  });

  it('continues a soft-deleted stream at its real revision, so the hashes match where the events land', async () => {
    const fake = new FakeKurrent();
    await appendChained(fake.asClient(), 's', events(3), 'no_stream');
    fake.softDeleted.add('s');
    const result = await appendChained(fake.asClient(), 's', events(1), 'any');
    expect(result.nextExpectedRevision).toBe(3);
    expect(chainHolds(fake, 's')).toBe(false); // revision 3 starts a fresh chain after the hidden events...
    const recreated = fake.streams.get('s')?.[3];
    const stored = toStoredEvent({
      streamId: 's',
      id: recreated?.data.id ?? '',
      type: 'time-entry-logged',
      revision: 3n,
      created: new Date(),
      data: recreated?.data.data,
      metadata: JSON.parse(JSON.stringify(recreated?.data.metadata)),
    });
    expect(brokenLinkReason(stored, undefined)).toBeUndefined(); // ...which verifies from the first readable event
  });

  it('hashes a no_stream append to a soft-deleted stream for the revision it continues at', async () => {
    const fake = new FakeKurrent();
    await appendChained(fake.asClient(), 's', events(2), 'no_stream');
    fake.softDeleted.add('s');
    await appendChained(fake.asClient(), 's', events(1), 'no_stream');
    const recreated = fake.streams.get('s')?.[2];
    const stored = toStoredEvent({
      streamId: 's',
      id: recreated?.data.id ?? '',
      type: 'time-entry-logged',
      revision: 2n,
      created: new Date(),
      data: recreated?.data.data,
      metadata: JSON.parse(JSON.stringify(recreated?.data.metadata)),
    });
    expect(brokenLinkReason(stored, undefined)).toBeUndefined();
  });

  it('rejects an empty append', async () => {
    await expect(
      appendChained(new FakeKurrent().asClient(), 's', [], 'any'),
    ).rejects.toThrow(RangeError);
  });
});
