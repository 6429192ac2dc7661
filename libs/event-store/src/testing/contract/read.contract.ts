/// <reference types="jest" />
import type { AllFilter, Position, RecordedEvent } from '../../lib/port/types';
import {
  anEvent,
  eventsOf,
  eventually,
  someEvents,
  type ContractContext,
} from './contract-fixtures';

export function describeReadContract(ctx: ContractContext): void {
  describe('readStream', () => {
    it('reads forwards from a revision with a max count', async () => {
      const stream = ctx.streamName('read');
      await ctx.store().append(stream, someEvents(6), 'no_stream');
      const events = await eventsOf(
        await ctx.store().readStream(stream, { fromRevision: 2, maxCount: 3 }),
      );
      expect(events.map((e) => e.revision)).toEqual([2, 3, 4]);
      expect(events.map((e) => e.data)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
      expect(events.every((e) => e.streamId === stream)).toBe(true);
    });

    it('reads backwards from the end, or from a revision', async () => {
      const stream = ctx.streamName('read');
      await ctx.store().append(stream, someEvents(5), 'no_stream');
      const fromEnd = await eventsOf(
        await ctx
          .store()
          .readStream(stream, { direction: 'backwards', maxCount: 2 }),
      );
      expect(fromEnd.map((e) => e.revision)).toEqual([4, 3]);
      const fromTwo = await eventsOf(
        await ctx
          .store()
          .readStream(stream, { direction: 'backwards', fromRevision: 2 }),
      );
      expect(fromTwo.map((e) => e.revision)).toEqual([2, 1, 0]);
    });

    it('returns the recorded event with its id, type, schema version and caller metadata', async () => {
      const stream = ctx.streamName('read');
      const event = anEvent(
        'contract-detail-recorded',
        { text: 'héllo', nested: { list: [1, 2] } },
        1,
      );
      await ctx.store().append(stream, [event], 'no_stream');
      const [recorded] = await eventsOf(await ctx.store().readStream(stream));
      expect(recorded).toMatchObject({
        id: event.id,
        streamId: stream,
        type: 'contract-detail-recorded',
        schemaVersion: 1,
        revision: 0,
        data: event.data,
        metadata: { ...event.metadata },
      });
      expect(Number.isNaN(Date.parse(recorded.metadata.recordedAt))).toBe(
        false,
      );
    });

    it('a missing stream is a typed not_found result', async () => {
      const stream = ctx.streamName('read');
      expect(await ctx.store().readStream(stream)).toEqual({
        kind: 'not_found',
        stream,
      });
    });
  });

  // $all is read through a visibility gate on some adapters (PostgreSQL waits for older open transactions anywhere
  // in the cluster), so fresh appends may take a moment to show up: poll with a deadline instead of reading once.
  describe('readAll', () => {
    async function marker(): Promise<Position> {
      return (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
    }

    async function readEverything(
      from: Position,
      filter: AllFilter,
      maxCount = 100,
    ): Promise<RecordedEvent[]> {
      const events: RecordedEvent[] = [];
      let next = from;
      for (let guard = 0; guard < 1000; guard += 1) {
        const slice = await ctx
          .store()
          .readAll({ from: next, maxCount, filter });
        events.push(...slice.events);
        next = slice.next;
        if (slice.isEnd) {
          return events;
        }
      }
      throw new Error('readAll never reached the end');
    }

    it('returns events in global order, filtered by stream prefix, event type, or both', async () => {
      const from = await marker();
      const a = ctx.uniquePrefix('all-a');
      const b = ctx.uniquePrefix('all-b');
      await ctx
        .store()
        .append(`${a}1`, [anEvent('contract-x', { i: 1 })], 'no_stream');
      await ctx
        .store()
        .append(`${b}1`, [anEvent('contract-x', { i: 2 })], 'no_stream');
      await ctx
        .store()
        .append(`${a}2`, [anEvent('contract-y', { i: 3 })], 'no_stream');
      await ctx.store().append(`${a}1`, [anEvent('contract-x', { i: 4 })], 0);

      await eventually(
        'all four events visible',
        async () =>
          (await readEverything(from, { streamPrefixes: [a, b] })).length === 4,
      );
      const byPrefix = await readEverything(from, { streamPrefixes: [a] });
      expect(byPrefix.map((e) => e.data)).toEqual([
        { i: 1 },
        { i: 3 },
        { i: 4 },
      ]);
      const bothPrefixes = await readEverything(from, {
        streamPrefixes: [a, b],
      });
      expect(bothPrefixes.map((e) => e.data)).toEqual([
        { i: 1 },
        { i: 2 },
        { i: 3 },
        { i: 4 },
      ]);
      const byPrefixAndType = await readEverything(from, {
        streamPrefixes: [a, b],
        eventTypes: ['contract-y'],
      });
      expect(byPrefixAndType.map((e) => e.data)).toEqual([{ i: 3 }]);
      const byPrefixPaged = await readEverything(
        from,
        { streamPrefixes: [a] },
        1,
      );
      expect(byPrefixPaged.map((e) => e.data)).toEqual([
        { i: 1 },
        { i: 3 },
        { i: 4 },
      ]);
    });

    it('filters by event type alone', async () => {
      const from = await marker();
      const type = `contract-only-type-${ctx.uniquePrefix('t')}`;
      const prefix = ctx.uniquePrefix('all-type');
      await ctx
        .store()
        .append(
          `${prefix}1`,
          [anEvent(type, { i: 1 }), anEvent('contract-other', { i: 2 })],
          'any',
        );
      let events: RecordedEvent[] = [];
      await eventually('the typed event visible', async () => {
        events = await readEverything(from, { eventTypes: [type] });
        return events.length > 0;
      });
      expect(events.map((e) => e.data)).toEqual([{ i: 1 }]);
    });

    it('next moves past filtered-out events so the following read starts after them', async () => {
      const from = await marker();
      const wanted = ctx.uniquePrefix('all-wanted');
      const other = ctx.uniquePrefix('all-other');
      await ctx.store().append(`${other}1`, someEvents(3), 'no_stream');
      let empty = await ctx
        .store()
        .readAll({ from, filter: { streamPrefixes: [wanted] } });
      await eventually('next to move past the other events', async () => {
        empty = await ctx
          .store()
          .readAll({ from, filter: { streamPrefixes: [wanted] } });
        return empty.next !== from && empty.isEnd;
      });
      expect(empty.events).toEqual([]);
      await ctx
        .store()
        .append(`${wanted}1`, [anEvent('contract-x', { i: 9 })], 'no_stream');
      let after: RecordedEvent[] = [];
      await eventually('the wanted event visible', async () => {
        after = await readEverything(empty.next, { streamPrefixes: [wanted] });
        return after.length > 0;
      });
      expect(after.map((e) => e.data)).toEqual([{ i: 9 }]);
    });
  });
}
