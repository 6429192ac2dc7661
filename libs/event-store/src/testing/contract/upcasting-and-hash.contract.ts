/// <reference types="jest" />
import {
  anEvent,
  eventsOf,
  eventually,
  SubscriptionRecorder,
  UPCAST_PROBE_TYPE,
  type ContractContext,
} from './contract-fixtures';

export function describeUpcastingAndHashContract(ctx: ContractContext): void {
  describe('upcasting', () => {
    it('lifts old schema versions through the chain on readStream, readAll and subscribeAll', async () => {
      const from = (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
      const prefix = ctx.uniquePrefix('upcast');
      const stream = `${prefix}1`;
      await ctx
        .store()
        .append(
          stream,
          [
            anEvent(UPCAST_PROBE_TYPE, { amount: 1250 }, 1),
            anEvent(UPCAST_PROBE_TYPE, { amount: 99, currency: 'CHF' }, 2),
          ],
          'no_stream',
        );
      const expected = [
        { schemaVersion: 3, data: { amountMinor: 1250, currency: 'EUR' } },
        { schemaVersion: 3, data: { amountMinor: 99, currency: 'CHF' } },
      ];

      const fromStream = await eventsOf(await ctx.store().readStream(stream));
      expect(
        fromStream.map(({ schemaVersion, data }) => ({ schemaVersion, data })),
      ).toEqual(expected);

      let slice = await ctx
        .store()
        .readAll({ from, filter: { streamPrefixes: [prefix] } });
      await eventually('both events visible on $all', async () => {
        slice = await ctx
          .store()
          .readAll({ from, filter: { streamPrefixes: [prefix] } });
        return slice.events.length === 2;
      });
      expect(
        slice.events.map(({ schemaVersion, data }) => ({
          schemaVersion,
          data,
        })),
      ).toEqual(expected);

      const recorder = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({ from, filter: { streamPrefixes: [prefix] } }),
      );
      try {
        const delivered = await recorder.waitForEvents(2);
        expect(
          delivered.map(({ schemaVersion, data }) => ({ schemaVersion, data })),
        ).toEqual(expected);
      } finally {
        await recorder.stop();
      }
    });
  });

  describe('hash chain', () => {
    it('chains each event to the previous one in its stream and verifies', async () => {
      const stream = ctx.streamName('hash');
      await ctx
        .store()
        .append(
          stream,
          [anEvent('contract-x', { i: 0 }), anEvent('contract-x', { i: 1 })],
          'no_stream',
        );
      await ctx.store().append(stream, [anEvent('contract-x', { i: 2 })], 1);
      const events = await eventsOf(await ctx.store().readStream(stream));
      expect(events.map((e) => e.metadata.hash)).toEqual([
        expect.stringMatching(/^[0-9a-f]{64}$/),
        expect.stringMatching(/^[0-9a-f]{64}$/),
        expect.stringMatching(/^[0-9a-f]{64}$/),
      ]);
      expect(new Set(events.map((e) => e.metadata.hash)).size).toBe(3);
      expect(events[0].metadata.previousHash).toBe('');
      expect(events[1].metadata.previousHash).toBe(events[0].metadata.hash);
      expect(events[2].metadata.previousHash).toBe(events[1].metadata.hash);
      expect(await ctx.store().verify(stream)).toEqual({
        ok: true,
        eventsChecked: 3,
      });
    });

    it('equal content in two streams hashes differently (the stream and revision are part of the hash)', async () => {
      const one = ctx.streamName('hash');
      const two = ctx.streamName('hash');
      const event = anEvent('contract-x', { same: true });
      await ctx.store().append(one, [event], 'no_stream');
      await ctx.store().append(two, [event], 'no_stream');
      const [a] = await eventsOf(await ctx.store().readStream(one));
      const [b] = await eventsOf(await ctx.store().readStream(two));
      expect(a.metadata.hash).not.toBe(b.metadata.hash);
    });
  });
}
