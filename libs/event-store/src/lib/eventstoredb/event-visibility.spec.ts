import { EVENT_TYPE, STREAM_NAME } from '@kurrent/kurrentdb-client';
import {
  exactAlternativesRegex,
  isApplicationEvent,
  matchesFilter,
  toServerFilter,
} from './event-visibility';

const appEvent = { streamId: 'time-entry-1', type: 'time-entry-logged' };

describe('system and link events', () => {
  it('lets application events through', () => {
    expect(isApplicationEvent({ event: appEvent })).toBe(true);
  });

  it.each([
    [
      'a $-typed event',
      { event: { streamId: 'time-entry-1', type: '$metadata' } },
    ],
    ['a link event', { event: { streamId: '$ce-time', type: '$>' } }],
    [
      'an event in a system stream',
      { event: { streamId: '$stats-127.0.0.1:2113', type: 'stats' } },
    ],
    [
      'a resolved link',
      { event: appEvent, link: { streamId: '$ce-time', type: '$>' } },
    ],
    ['a record without an event', {}],
  ])('drops %s', (_, resolved) => {
    expect(isApplicationEvent(resolved)).toBe(false);
  });
});

describe('client-side filter', () => {
  it('matches everything without a filter, or with empty lists', () => {
    expect(matchesFilter(appEvent, undefined)).toBe(true);
    expect(
      matchesFilter(appEvent, { streamPrefixes: [], eventTypes: [] }),
    ).toBe(true);
  });

  it('needs one prefix and one type to match when both are given', () => {
    expect(
      matchesFilter(appEvent, { streamPrefixes: ['invoice-', 'time-entry-'] }),
    ).toBe(true);
    expect(matchesFilter(appEvent, { streamPrefixes: ['invoice-'] })).toBe(
      false,
    );
    expect(
      matchesFilter(appEvent, {
        streamPrefixes: ['time-'],
        eventTypes: ['time-entry-logged'],
      }),
    ).toBe(true);
    expect(
      matchesFilter(appEvent, {
        streamPrefixes: ['time-'],
        eventTypes: ['time-entry'],
      }),
    ).toBe(false);
  });
});

describe('server-side filter', () => {
  it('filters on stream prefixes when given, with checkpoints on', () => {
    const onCheckpoint = jest.fn();
    expect(
      toServerFilter(
        { streamPrefixes: ['a-', 'b-'], eventTypes: ['x'] },
        onCheckpoint,
      ),
    ).toEqual({
      filterOn: STREAM_NAME,
      prefixes: ['a-', 'b-'],
      checkpointInterval: 1,
      checkpointReached: onCheckpoint,
    });
  });

  it('filters on exact event types otherwise', () => {
    expect(toServerFilter({ eventTypes: ['a.b', 'c'] })).toMatchObject({
      filterOn: EVENT_TYPE,
      regex: '^(?:a\\.b|c)$',
    });
  });

  it('excludes system events when there is no filter', () => {
    const filter = toServerFilter(undefined);
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(
      'regex' in filter && new RegExp(filter.regex).test('$metadata'),
    ).toBe(false);
    expect(
      'regex' in filter && new RegExp(filter.regex).test('time-entry-logged'),
    ).toBe(true);
  });

  it('builds an exact-match regex with metacharacters escaped', () => {
    const regex = new RegExp(
      exactAlternativesRegex(['time-entry.logged', 'a+b']),
    );
    expect(regex.test('time-entry.logged')).toBe(true);
    expect(regex.test('time-entryXlogged')).toBe(false);
    expect(regex.test('a+b')).toBe(true);
    expect(regex.test('time-entry.logged-v2')).toBe(false);
  });
});
