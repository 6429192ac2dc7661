/// <reference types="jest" />
import {
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../../lib/port/errors';
import {
  anEvent,
  eventsOf,
  eventually,
  readRevisions,
  rejectionOf,
  someEvents,
  type ContractContext,
} from './contract-fixtures';

export function describeMetadataAndDeletionContract(
  ctx: ContractContext,
): void {
  describe('stream metadata', () => {
    it('is none until set, then found with the metastream revision; a wrong expected revision fails', async () => {
      const stream = ctx.streamName('meta');
      expect(await ctx.store().getStreamMetadata(stream)).toEqual({
        kind: 'none',
      });
      await ctx
        .store()
        .setStreamMetadata(
          stream,
          { custom: { owner: 'billing' } },
          'no_stream',
        );
      expect(await ctx.store().getStreamMetadata(stream)).toEqual({
        kind: 'found',
        metadata: { custom: { owner: 'billing' } },
        metastreamRevision: 0,
      });
      await ctx
        .store()
        .setStreamMetadata(
          stream,
          { maxCount: 10, custom: { owner: 'ops' } },
          0,
        );
      expect(await ctx.store().getStreamMetadata(stream)).toMatchObject({
        kind: 'found',
        metadata: { maxCount: 10, custom: { owner: 'ops' } },
        metastreamRevision: 1,
      });
      const error = await rejectionOf(
        ctx.store().setStreamMetadata(stream, { maxCount: 1 }, 0),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ expected: 0, actual: 1 });
    });

    it('$maxCount keeps only the newest events visible', async () => {
      const stream = ctx.streamName('meta');
      await ctx.store().append(stream, someEvents(5), 'no_stream');
      await ctx.store().setStreamMetadata(stream, { maxCount: 2 });
      expect(await readRevisions(ctx.store(), stream)).toEqual([3, 4]);
    });

    it('truncateBefore hides earlier revisions', async () => {
      const stream = ctx.streamName('meta');
      await ctx.store().append(stream, someEvents(5), 'no_stream');
      await ctx.store().setStreamMetadata(stream, { truncateBefore: 3 });
      expect(await readRevisions(ctx.store(), stream)).toEqual([3, 4]);
      const backwards = await eventsOf(
        await ctx.store().readStream(stream, { direction: 'backwards' }),
      );
      expect(backwards.map((e) => e.revision)).toEqual([4, 3]);
    });

    it('$maxAge hides events older than the age', async () => {
      const stream = ctx.streamName('meta');
      await ctx.store().append(stream, someEvents(2), 'no_stream');
      await ctx.store().setStreamMetadata(stream, { maxAge: 1 });
      await eventually(
        'events to age out',
        async () => (await readRevisions(ctx.store(), stream)).length === 0,
        10_000,
      );
      await ctx.store().append(stream, [anEvent()], 1);
      expect(await readRevisions(ctx.store(), stream)).toEqual([2]);
    });
  });

  describe('deletion', () => {
    it('soft delete reads as not found; appending again continues the revisions and shows only new events', async () => {
      const stream = ctx.streamName('delete');
      await ctx.store().append(stream, someEvents(3), 'no_stream');
      await ctx.store().deleteStream(stream);
      expect(await ctx.store().readStream(stream)).toEqual({
        kind: 'not_found',
        stream,
      });
      const result = await ctx
        .store()
        .append(stream, [anEvent('contract-x', { again: true })], 'any');
      expect(result.nextExpectedRevision).toBe(3);
      const events = await eventsOf(await ctx.store().readStream(stream));
      expect(events.map((e) => [e.revision, e.data])).toEqual([
        [3, { again: true }],
      ]);
    });

    it('a tombstoned stream reads as deleted and can never be written again', async () => {
      const stream = ctx.streamName('delete');
      await ctx.store().append(stream, someEvents(2), 'no_stream');
      await ctx.store().tombstoneStream(stream, 1);
      expect(await ctx.store().readStream(stream)).toEqual({
        kind: 'deleted',
        stream,
      });
      for (const expected of ['any', 'no_stream', 1] as const) {
        const error = await rejectionOf(
          ctx.store().append(stream, [anEvent()], expected),
        );
        expect(error).toBeInstanceOf(StreamDeletedError);
        expect(error).toMatchObject({ stream });
      }
    });

    it('deleting with a wrong expected revision fails and leaves the stream readable', async () => {
      const stream = ctx.streamName('delete');
      await ctx.store().append(stream, someEvents(2), 'no_stream');
      const error = await rejectionOf(ctx.store().deleteStream(stream, 0));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream, expected: 0, actual: 1 });
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1]);
    });
  });
}
