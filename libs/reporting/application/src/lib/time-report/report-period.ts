import type { ReportPeriod } from '@billing/reporting/contracts';
import {
  daysBetween,
  type LocalDate,
  ValidationError,
} from '@billing/shared/kernel';

/** Longest period a report may span (about ten years). */
export const MAX_PERIOD_DAYS = 3700;

/** `to` not before `from`, and not absurdly long (400 naming the field otherwise). */
export function checkPeriod(
  period: ReportPeriod,
  path = 'period',
): ReportPeriod {
  const days = daysBetween(period.from as LocalDate, period.to as LocalDate);
  if (days < 0)
    throw ValidationError.single(
      `${path}.to`,
      'must not be before period.from',
    );
  if (days >= MAX_PERIOD_DAYS)
    throw ValidationError.single(
      `${path}.to`,
      `the period must be shorter than ${MAX_PERIOD_DAYS} days`,
    );
  return { from: period.from, to: period.to };
}
