import type { RecordedEvent } from '@billing/event-store';
import { generations } from './time-report.projection';

const event = (entryId: string, type: string, recordedAt: string) =>
  ({
    streamId: `time-entry-${entryId}`,
    type,
    data: { entryId },
    metadata: { recordedAt },
  }) as unknown as RecordedEvent;

const shape = (result: RecordedEvent[][]) =>
  result.map((generation) =>
    generation.map(
      (e) => `${(e.data as { entryId: string }).entryId}:${e.type}`,
    ),
  );

describe('generations of a run of entry events', () => {
  it('writes each entry once per distinct recorded-at, in order, entries side by side', () => {
    const run = [
      event('a', 'logged', 'T1'),
      event('a', 'billed', 'T1'), // same append: folds into one version
      event('b', 'started', 'T1'),
      event('b', 'stopped', 'T2'),
      event('a', 'unbilled', 'T3'),
      event('c', 'logged', 'T3'),
    ];
    expect(shape(generations(run))).toEqual([
      ['a:logged', 'a:billed', 'b:started', 'c:logged'],
      ['b:stopped', 'a:unbilled'],
    ]);
  });

  it('keeps a run with one event per entry in one generation', () => {
    expect(
      shape(generations([event('a', 'x', 'T1'), event('b', 'x', 'T2')])),
    ).toEqual([['a:x', 'b:x']]);
    expect(generations([])).toEqual([]);
  });
});
