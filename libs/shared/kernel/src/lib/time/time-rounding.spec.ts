import { ValidationError } from '../errors/domain-errors';
import {
  durationSeconds,
  hours,
  isDurationSeconds,
  minutes,
  secondsBetween,
} from './duration';
import {
  TimeRounding,
  parseTimeRounding,
  roundDuration,
  roundSignedDuration,
} from './time-rounding';

describe('duration', () => {
  it('is whole, non-negative seconds', () => {
    expect(durationSeconds(0)).toBe(0);
    expect(hours(2)).toBe(7200);
    expect(minutes(15)).toBe(900);
    expect(() => durationSeconds(-1)).toThrow(ValidationError);
    expect(() => durationSeconds(1.5)).toThrow(ValidationError);
    expect(isDurationSeconds(3)).toBe(true);
    expect(isDurationSeconds(-3)).toBe(false);
  });

  it('measures between instants, truncating milliseconds', () => {
    expect(
      secondsBetween(
        new Date('2026-01-01T09:00:00Z'),
        new Date('2026-01-01T10:30:00.900Z'),
      ),
    ).toBe(5400);
    expect(() =>
      secondsBetween(
        new Date('2026-01-01T10:00:00Z'),
        new Date('2026-01-01T09:00:00Z'),
      ),
    ).toThrow(ValidationError);
  });
});

describe('roundDuration', () => {
  const up15: TimeRounding = { mode: 'up', incrementMinutes: 15 };
  const down15: TimeRounding = { mode: 'down', incrementMinutes: 15 };
  const nearest15: TimeRounding = { mode: 'nearest', incrementMinutes: 15 };
  const nearest6: TimeRounding = { mode: 'nearest', incrementMinutes: 6 };
  const up1: TimeRounding = { mode: 'up', incrementMinutes: 1 };
  const down60: TimeRounding = { mode: 'down', incrementMinutes: 60 };

  it.each([
    // seconds, rule, expected
    [1234, { mode: 'none' } as TimeRounding, 1234], // none: tracked seconds unchanged
    [0, up15, 0], // zero stays zero
    [1, up15, 900], // 1 s -> one started 15-min increment
    [900, up15, 900], // exactly 15 min stays
    [901, up15, 1800], // 15:01 -> 30:00
    [1799, down15, 900], // 29:59 -> 15:00
    [899, down15, 0], // 14:59 -> 0
    [449, nearest15, 0], // 7:29 is below half of 15 min (450 s) -> 0
    [450, nearest15, 900], // 7:30 is exactly half -> up to 15:00
    [1349, nearest15, 900], // 22:29 -> 15:00 (remainder 449 < 450)
    [1350, nearest15, 1800], // 22:30 -> 30:00 (remainder 450 = half)
    [179, nearest6, 0], // 2:59, half of 6 min is 180 s -> 0
    [180, nearest6, 360], // 3:00 -> 6:00
    [61, up1, 120], // 1:01 -> 2:00
    [7199, down60, 3600], // 1:59:59 -> 1:00:00
  ])('%i s with %j -> %i s', (seconds, rule, expected) => {
    expect(roundDuration(seconds, rule)).toBe(expected);
  });

  it('rejects negative durations', () => {
    expect(() => roundDuration(-1, up15)).toThrow(ValidationError);
  });
});

describe('roundSignedDuration', () => {
  it('rounds the magnitude and keeps the sign, so -X is exactly minus +X', () => {
    const up15: TimeRounding = { mode: 'up', incrementMinutes: 15 };
    expect(roundSignedDuration(-61, up15)).toBe(-900); // |-61| up to 15 min
    expect(roundSignedDuration(61, up15)).toBe(900);
    expect(roundSignedDuration(-1799, { mode: 'nearest', incrementMinutes: 60 })).toBe(0);
    expect(roundSignedDuration(-1800, { mode: 'nearest', incrementMinutes: 60 })).toBe(-3600);
    expect(roundSignedDuration(-45, { mode: 'none' })).toBe(-45);
  });
});

describe('parseTimeRounding', () => {
  it('accepts every documented increment and mode', () => {
    for (const incrementMinutes of [1, 5, 6, 10, 15, 30, 60]) {
      for (const mode of ['up', 'down', 'nearest']) {
        expect(parseTimeRounding({ mode, incrementMinutes })).toEqual({
          mode,
          incrementMinutes,
        });
      }
    }
    expect(parseTimeRounding({ mode: 'none' })).toEqual({ mode: 'none' });
  });

  it.each([
    [{ mode: 'up', incrementMinutes: 7 }, 'timeRounding.incrementMinutes'],
    [{ mode: 'sideways', incrementMinutes: 15 }, 'timeRounding.mode'],
    [{ mode: 'nearest' }, 'timeRounding.incrementMinutes'],
    [null, 'timeRounding'],
  ])('rejects %j at %s', (input, path) => {
    try {
      parseTimeRounding(input);
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[0]?.path).toBe(path);
    }
  });
});
