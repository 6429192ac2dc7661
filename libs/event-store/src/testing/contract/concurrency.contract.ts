/// <reference types="jest" />
import type { RecordedEvent } from '../../lib/port/types';
import {
  anEvent,
  eventually,
  SubscriptionRecorder,
  type ContractContext,
} from './contract-fixtures';

const WRITERS = 16;
const STREAMS = 200;
const APPENDS = 10_000;

export function describeConcurrencyContract(ctx: ContractContext): void {
  describe('concurrency', () => {
    it(`${WRITERS} writers, ${APPENDS} appends over ${STREAMS} streams: a catch-up subscriber sees every event once, in stream order`, async () => {
      const from = (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
      const prefix = ctx.uniquePrefix('load');
      const streams = Array.from(
        { length: STREAMS },
        (_, n) => `${prefix}${n}`,
      );
      const recorder = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({
            from,
            filter: { streamPrefixes: [prefix] },
            batchSize: 1000,
          }),
      );
      try {
        let nextAppend = 0;
        const appendedIds = new Set<string>();
        const writer = async (): Promise<void> => {
          for (let n = nextAppend++; n < APPENDS; n = nextAppend++) {
            const event = anEvent('contract-load', { n });
            await ctx
              .store()
              .append(streams[(n * 7919) % STREAMS], [event], 'any');
            appendedIds.add(event.id);
          }
        };
        await Promise.all(Array.from({ length: WRITERS }, writer));
        expect(appendedIds.size).toBe(APPENDS);

        await eventually(
          `${APPENDS} events delivered (have ${recorder.events.length})`,
          () => {
            if (recorder.failure) {
              throw recorder.failure;
            }
            return recorder.events.length >= APPENDS;
          },
          60_000,
        );
        const delivered = recorder.events;
        expect(delivered).toHaveLength(APPENDS);
        expect(new Set(delivered.map((e) => e.id))).toEqual(appendedIds);

        const revisionsByStream = new Map<string, number[]>();
        for (const event of delivered) {
          revisionsByStream.set(event.streamId, [
            ...(revisionsByStream.get(event.streamId) ?? []),
            event.revision,
          ]);
        }
        expect(revisionsByStream.size).toBe(STREAMS);
        const outOfOrder = [...revisionsByStream].filter(([, revisions]) =>
          revisions.some((revision, index) => revision !== index),
        );
        expect(outOfOrder).toEqual([]);
        expectNoDuplicatePositions(delivered);
      } finally {
        await recorder.stop();
      }
    });
  });
}

function expectNoDuplicatePositions(events: RecordedEvent[]): void {
  expect(new Set(events.map((e) => e.position)).size).toBe(events.length);
}
