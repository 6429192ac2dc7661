import type { ReportPeriod } from '@billing/reporting/contracts';
import { addDays, daysBetween, type LocalDate } from '@billing/shared/kernel';

/**
 * Splits a period into at most `parts` contiguous, non-overlapping periods of whole days that together cover it
 * exactly (earlier parts take the extra day); a period shorter than `parts` days gives one part per day.
 */
export function periodParts(
  period: ReportPeriod,
  parts: number,
): ReportPeriod[] {
  const from = period.from as LocalDate;
  const days = daysBetween(from, period.to as LocalDate) + 1;
  const count = Math.max(1, Math.min(Math.floor(parts), days));
  const result: ReportPeriod[] = [];
  let start = 0;
  for (let index = 0; index < count; index++) {
    const length =
      Math.floor(days / count) + (index < days % count ? 1 : 0);
    result.push({
      from: addDays(from, start),
      to: addDays(from, start + length - 1),
    });
    start += length;
  }
  return result;
}
