import type { TimeRounding } from '@billing/shared/kernel';

/**
 * The project's billing rounding as SQL over integer columns, the same rule as the kernel's `roundDuration`
 * (a spec checks both agree): up = ceiling, down = floor, nearest = half an increment rounds up. Increments are whole
 * minutes, so `increment / 2` is exact.
 */
export function roundedSecondsSql(
  seconds: string,
  mode: string,
  increment: string,
): string {
  return `(case ${mode}
    when 'up' then ((${seconds} + ${increment} - 1) / ${increment}) * ${increment}
    when 'down' then (${seconds} / ${increment}) * ${increment}
    when 'nearest' then ((${seconds} + ${increment} / 2) / ${increment}) * ${increment}
    else ${seconds} end)`;
}

/** How a project's rounding is stored in the dimension table. */
export function roundingColumns(rounding: TimeRounding | undefined): {
  mode: string;
  incrementSeconds: number;
} {
  if (rounding === undefined || rounding.mode === 'none')
    return { mode: 'none', incrementSeconds: 0 };
  return {
    mode: rounding.mode,
    incrementSeconds: rounding.incrementMinutes * 60,
  };
}
