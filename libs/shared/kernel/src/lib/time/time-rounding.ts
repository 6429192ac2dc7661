import { ValidationError } from '../errors/domain-errors';
import { DurationSeconds, durationSeconds } from './duration';

export const TIME_ROUNDING_INCREMENTS_MINUTES = [
  1, 5, 6, 10, 15, 30, 60,
] as const;
export type TimeRoundingIncrementMinutes =
  (typeof TIME_ROUNDING_INCREMENTS_MINUTES)[number];
export const TIME_ROUNDING_MODES = ['none', 'up', 'down', 'nearest'] as const;
export type TimeRoundingMode = (typeof TIME_ROUNDING_MODES)[number];

/** Billing rounding of an entry's duration. Applied at billing time; tracked data is never changed. */
export type TimeRounding =
  | { readonly mode: 'none' }
  | {
      readonly mode: 'up' | 'down' | 'nearest';
      readonly incrementMinutes: TimeRoundingIncrementMinutes;
    };

export const NO_TIME_ROUNDING: TimeRounding = { mode: 'none' };

/** Validates an untrusted rounding rule; reports problems under `path`. */
export function parseTimeRounding(
  value: unknown,
  path = 'timeRounding',
): TimeRounding {
  if (typeof value !== 'object' || value === null) {
    throw ValidationError.single(
      path,
      'must be an object with mode and incrementMinutes',
    );
  }
  const { mode, incrementMinutes } = value as {
    mode?: unknown;
    incrementMinutes?: unknown;
  };
  if (mode === 'none') {
    return NO_TIME_ROUNDING;
  }
  if (mode !== 'up' && mode !== 'down' && mode !== 'nearest') {
    throw ValidationError.single(
      `${path}.mode`,
      `must be one of ${TIME_ROUNDING_MODES.join(', ')}`,
    );
  }
  if (
    !TIME_ROUNDING_INCREMENTS_MINUTES.includes(
      incrementMinutes as TimeRoundingIncrementMinutes,
    )
  ) {
    throw ValidationError.single(
      `${path}.incrementMinutes`,
      `must be one of ${TIME_ROUNDING_INCREMENTS_MINUTES.join(', ')} minutes`,
    );
  }
  return {
    mode,
    incrementMinutes: incrementMinutes as TimeRoundingIncrementMinutes,
  };
}

/**
 * Rounds a duration to the rule's increment: up (ceiling), down (floor) or nearest, where exactly half an
 * increment rounds up. Zero stays zero.
 */
export function roundDuration(
  seconds: DurationSeconds | number,
  rule: TimeRounding,
): DurationSeconds {
  const value = durationSeconds(seconds);
  if (rule.mode === 'none') {
    return value;
  }
  const increment = rule.incrementMinutes * 60;
  const whole = Math.floor(value / increment);
  const remainder = value % increment;
  switch (rule.mode) {
    case 'down':
      return durationSeconds(whole * increment);
    case 'up':
      return durationSeconds((remainder === 0 ? whole : whole + 1) * increment);
    case 'nearest':
      return durationSeconds(
        (remainder * 2 >= increment ? whole + 1 : whole) * increment,
      );
    default: {
      const unreachable: never = rule;
      throw new Error(`Unknown rounding mode ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Rounds a signed duration (an adjusting entry takes time off with a negative one): the magnitude is rounded by the
 * rule and the sign kept, so a correction of -X rounds to exactly minus what +X rounds to.
 */
export function roundSignedDuration(seconds: number, rule: TimeRounding): number {
  const rounded = roundDuration(Math.abs(seconds), rule);
  return seconds < 0 && rounded !== 0 ? -rounded : rounded; // never -0
}
