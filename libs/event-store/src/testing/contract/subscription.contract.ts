/// <reference types="jest" />
import {
  anEvent,
  eventually,
  SubscriptionRecorder,
  type ContractContext,
} from './contract-fixtures';

export function describeSubscriptionContract(ctx: ContractContext): void {
  describe('subscribeAll', () => {
    it('catches up, signals caught-up after the existing events, then delivers live events', async () => {
      const from = (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
      const prefix = ctx.uniquePrefix('sub');
      await ctx
        .store()
        .append(
          `${prefix}1`,
          [anEvent('contract-x', { i: 1 }), anEvent('contract-x', { i: 2 })],
          'no_stream',
        );
      await ctx
        .store()
        .append(`${prefix}2`, [anEvent('contract-x', { i: 3 })], 'no_stream');

      const recorder = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({ from, filter: { streamPrefixes: [prefix] } }),
      );
      try {
        await eventually('caught-up', () => recorder.caughtUp);
        const caughtUpAt = recorder.messages.findIndex(
          (m) => m.kind === 'caught-up',
        );
        const beforeCaughtUp = recorder.messages
          .slice(0, caughtUpAt)
          .flatMap((m) => (m.kind === 'event' ? [m.event] : []));
        expect(beforeCaughtUp.map((e) => e.data)).toEqual([
          { i: 1 },
          { i: 2 },
          { i: 3 },
        ]);

        await ctx
          .store()
          .append(`${prefix}1`, [anEvent('contract-x', { i: 4 })], 1);
        await ctx
          .store()
          .append(`${prefix}3`, [anEvent('contract-x', { i: 5 })], 'no_stream');
        const events = await recorder.waitForEvents(5);
        expect(events.map((e) => e.data)).toEqual([
          { i: 1 },
          { i: 2 },
          { i: 3 },
          { i: 4 },
          { i: 5 },
        ]);
        expect(
          recorder.messages.filter((m) => m.kind === 'caught-up'),
        ).toHaveLength(1);
      } finally {
        await recorder.stop();
      }
      expect(recorder.failure).toBeUndefined();
    });

    it('unsubscribe ends the iterator', async () => {
      const recorder = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({
            filter: { streamPrefixes: [ctx.uniquePrefix('sub-end')] },
          }),
      );
      await recorder.stop();
      await expect(recorder.finished).resolves.toBeUndefined();
      expect(recorder.events).toEqual([]);
    });

    it('resumes after a stored position, delivering only later events', async () => {
      const from = (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
      const prefix = ctx.uniquePrefix('sub-resume');
      await ctx
        .store()
        .append(
          `${prefix}1`,
          [anEvent('contract-x', { i: 1 }), anEvent('contract-x', { i: 2 })],
          'no_stream',
        );

      const first = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({ from, filter: { streamPrefixes: [prefix] } }),
      );
      const [, second] = await first.waitForEvents(2);
      await first.stop();
      const stored = second.position;

      await ctx
        .store()
        .append(`${prefix}1`, [anEvent('contract-x', { i: 3 })], 1);
      const resumed = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({ from: stored, filter: { streamPrefixes: [prefix] } }),
      );
      try {
        await resumed.waitForEvents(1);
        await eventually('caught-up', () => resumed.caughtUp);
        expect(resumed.events.map((e) => e.data)).toEqual([{ i: 3 }]);
      } finally {
        await resumed.stop();
      }
    });

    it('emits checkpoints while only filtered-out events pass by', async () => {
      const from = (
        await ctx.store().append(ctx.streamName('marker'), [anEvent()], 'any')
      ).position;
      const other = ctx.uniquePrefix('sub-other');
      await ctx
        .store()
        .append(`${other}1`, [anEvent(), anEvent()], 'no_stream');
      const recorder = new SubscriptionRecorder(
        ctx
          .store()
          .subscribeAll({
            from,
            filter: { streamPrefixes: [ctx.uniquePrefix('sub-nothing')] },
          }),
      );
      try {
        await eventually('caught-up', () => recorder.caughtUp);
        const checkpoint = recorder.messages.find(
          (m) => m.kind === 'checkpoint' || m.kind === 'caught-up',
        );
        expect(checkpoint).toBeDefined();
        expect(recorder.events).toEqual([]);
      } finally {
        await recorder.stop();
      }
    });
  });
}
