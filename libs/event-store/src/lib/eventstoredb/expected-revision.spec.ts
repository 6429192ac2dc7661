import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import {
  toActualRevision,
  toAppendStreamState,
  toDeleteStreamState,
  toRevisionNumber,
} from './expected-revision';

describe('expected revision to the client stream state', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [0, 0n],
    [41, 41n],
  ] as const)('maps %p to %p', (expected, state) => {
    expect(toAppendStreamState(expected)).toBe(state);
  });

  it('rejects revisions that are not non-negative integers', () => {
    expect(() => toAppendStreamState(-1)).toThrow(RangeError);
    expect(() => toAppendStreamState(1.5)).toThrow(RangeError);
    expect(() => toAppendStreamState(Number.MAX_SAFE_INTEGER + 1)).toThrow(
      RangeError,
    );
  });

  it('maps delete states (no stream_exists there)', () => {
    expect(toDeleteStreamState('any')).toBe(ANY);
    expect(toDeleteStreamState('no_stream')).toBe(NO_STREAM);
    expect(toDeleteStreamState(7)).toBe(7n);
  });

  it('maps the actual state reported on a conflict', () => {
    expect(toActualRevision(NO_STREAM)).toBe('no_stream');
    expect(toActualRevision(-1n)).toBe('no_stream');
    expect(toActualRevision(0n)).toBe(0);
    expect(toActualRevision(12n)).toBe(12);
  });

  it('refuses revisions beyond the safe integer range', () => {
    expect(toRevisionNumber(9_007_199_254_740_991n)).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(() => toRevisionNumber(9_007_199_254_740_992n)).toThrow(RangeError);
  });
});
