import { START, type Position } from '../port/types';
import {
  comparePositions,
  decodePosition,
  encodePosition,
  isAfter,
  latestPosition,
} from './position-codec';

describe('KurrentDB position codec', () => {
  it('round-trips commit and prepare through an opaque string', () => {
    const position = { commit: 123_456_789_012n, prepare: 123_456_789_000n };
    const encoded = encodePosition(position);
    expect(encoded).toBe('kurrent:123456789012:123456789000');
    expect(decodePosition(encoded)).toEqual(position);
  });

  it('maps START both ways', () => {
    expect(encodePosition('start')).toBe(START);
    expect(decodePosition(START)).toBe('start');
  });

  it('rejects positions from another adapter or garbage', () => {
    expect(() => decodePosition('42' as Position)).toThrow(RangeError);
    expect(() => decodePosition('kurrent:1' as Position)).toThrow(
      'Not a KurrentDB position: kurrent:1',
    );
    expect(() => decodePosition('kurrent:-1:0' as Position)).toThrow(
      RangeError,
    );
  });

  it('orders by commit, then prepare, with start first', () => {
    const a = { commit: 10n, prepare: 10n };
    const b = { commit: 10n, prepare: 12n };
    const c = { commit: 11n, prepare: 0n };
    expect(comparePositions(a, b)).toBe(-1);
    expect(comparePositions(c, b)).toBe(1);
    expect(comparePositions(a, { ...a })).toBe(0);
    expect(comparePositions('start', a)).toBe(-1);
    expect(comparePositions('start', 'start')).toBe(0);
    expect(isAfter(a, 'start')).toBe(true);
    expect(isAfter(a, a)).toBe(false);
    expect(latestPosition(b, undefined, c, a)).toEqual(c);
    expect(latestPosition()).toBe('start');
  });
});
