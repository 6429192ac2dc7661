/**
 * Axis scaling for the report chart. Values are integers in a base unit (seconds, minor units of money); ticks are
 * "nice" steps of 1, 2 or 5 times a power of ten of the display unit (an hour = 3600 s, a euro = 100 cents), never
 * finer than one base unit, so every tick is an integer the formatters print exactly.
 */
export interface AxisScale {
  /** The top of the axis, a multiple of `step`, at least the largest value. */
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

const MULTIPLIERS = [1, 2, 5] as const;

/** The smallest nice step at or above `rawStep`, in base units. */
export function niceStep(rawStep: number, unit: number): number {
  for (let exponent = -6; exponent <= 15; exponent++) {
    for (const multiplier of MULTIPLIERS) {
      const scaled = unit * multiplier;
      const step = exponent >= 0 ? scaled * 10 ** exponent : scaled / 10 ** -exponent;
      if (Number.isInteger(step) && step >= 1 && step >= rawStep) {
        return step;
      }
    }
  }
  return Math.max(1, Math.ceil(rawStep));
}

/** An axis from 0 to at least `maxValue` with about `tickCount` steps. */
export function axisScale(maxValue: number, unit: number, tickCount = 4): AxisScale {
  const top = Math.max(0, maxValue);
  if (top === 0) {
    return { max: unit, step: unit, ticks: [0, unit] };
  }
  const step = niceStep(top / tickCount, unit);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) {
    ticks.push(tick);
  }
  return { max, step, ticks };
}

/** A value's length along an axis of `length` pixels (negative values draw as nothing). */
export function scaled(value: number, scale: AxisScale, length: number): number {
  return value <= 0 ? 0 : (value / scale.max) * length;
}

/** Every n-th label so that at most `maxLabels` show along an axis. */
export function labelStride(count: number, maxLabels: number): number {
  return count <= maxLabels ? 1 : Math.ceil(count / maxLabels);
}
