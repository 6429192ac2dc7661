/// <reference types="jest" />
import {
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '../../lib/port/errors';
import {
  anEvent,
  readRevisions,
  rejectionOf,
  someEvents,
  type ContractContext,
} from './contract-fixtures';

export function describeAppendContract(ctx: ContractContext): void {
  describe('append with an expected revision', () => {
    it('no_stream creates a stream whose revisions start at 0', async () => {
      const stream = ctx.streamName('append');
      const result = await ctx
        .store()
        .append(stream, someEvents(2), 'no_stream');
      expect(result.nextExpectedRevision).toBe(1);
      expect(typeof result.position).toBe('string');
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1]);
    });

    it('no_stream on an existing stream fails with the stream, expected and actual revision', async () => {
      const stream = ctx.streamName('append');
      await ctx.store().append(stream, someEvents(2), 'no_stream');
      const error = await rejectionOf(
        ctx.store().append(stream, someEvents(1), 'no_stream'),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream, expected: 'no_stream', actual: 1 });
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1]);
    });

    it('stream_exists fails on a missing stream with actual no_stream, and succeeds once it exists', async () => {
      const stream = ctx.streamName('append');
      const error = await rejectionOf(
        ctx.store().append(stream, someEvents(1), 'stream_exists'),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({
        stream,
        expected: 'stream_exists',
        actual: 'no_stream',
      });
      await ctx.store().append(stream, someEvents(1), 'no_stream');
      const result = await ctx
        .store()
        .append(stream, someEvents(1), 'stream_exists');
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('an exact revision succeeds when it is the current one and fails with the actual one otherwise', async () => {
      const stream = ctx.streamName('append');
      await ctx.store().append(stream, someEvents(1), 'no_stream');
      const next = await ctx.store().append(stream, someEvents(2), 0);
      expect(next.nextExpectedRevision).toBe(2);
      const stale = await rejectionOf(
        ctx.store().append(stream, someEvents(1), 0),
      );
      expect(stale).toBeInstanceOf(WrongExpectedRevisionError);
      expect(stale).toMatchObject({ stream, expected: 0, actual: 2 });
      const ahead = await rejectionOf(
        ctx.store().append(stream, someEvents(1), 5),
      );
      expect(ahead).toMatchObject({ stream, expected: 5, actual: 2 });
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1, 2]);
    });

    it('an exact revision on a missing stream fails with actual no_stream', async () => {
      const stream = ctx.streamName('append');
      const error = await rejectionOf(
        ctx.store().append(stream, someEvents(1), 0),
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ stream, expected: 0, actual: 'no_stream' });
      expect((await ctx.store().readStream(stream)).kind).toBe('not_found');
    });

    it('any appends to missing and existing streams', async () => {
      const stream = ctx.streamName('append');
      expect(
        (await ctx.store().append(stream, someEvents(1), 'any'))
          .nextExpectedRevision,
      ).toBe(0);
      expect(
        (await ctx.store().append(stream, someEvents(3), 'any'))
          .nextExpectedRevision,
      ).toBe(3);
    });

    it('concurrent appends to one stream with any all succeed, each in its own revision', async () => {
      const stream = ctx.streamName('append');
      const events = someEvents(12);
      const results = await Promise.all(
        events.map((event) => ctx.store().append(stream, [event], 'any')),
      );
      expect(
        results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b),
      ).toEqual([...Array(12).keys()]);
      expect(await readRevisions(ctx.store(), stream)).toEqual([
        ...Array(12).keys(),
      ]);
    });

    it('appending to a tombstoned stream fails with StreamDeletedError naming the stream', async () => {
      const stream = ctx.streamName('append');
      await ctx.store().append(stream, someEvents(1), 'no_stream');
      await ctx.store().tombstoneStream(stream);
      const error = await rejectionOf(
        ctx.store().append(stream, [anEvent()], 'any'),
      );
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect(error).toMatchObject({ stream });
    });
  });

  describe('idempotent retry', () => {
    it('re-sending the same event ids with no_stream returns the original result and writes nothing', async () => {
      const stream = ctx.streamName('idempotent');
      const events = someEvents(2);
      const first = await ctx.store().append(stream, events, 'no_stream');
      const retry = await ctx.store().append(stream, events, 'no_stream');
      expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1]);
    });

    it('re-sending the same event ids at the same exact revision returns the original result and writes nothing', async () => {
      const stream = ctx.streamName('idempotent');
      await ctx.store().append(stream, someEvents(2), 'no_stream');
      const events = someEvents(2);
      const first = await ctx.store().append(stream, events, 1);
      const retry = await ctx.store().append(stream, events, 1);
      expect(first.nextExpectedRevision).toBe(3);
      expect(retry.nextExpectedRevision).toBe(3);
      expect(await readRevisions(ctx.store(), stream)).toEqual([0, 1, 2, 3]);
    });
  });
}
