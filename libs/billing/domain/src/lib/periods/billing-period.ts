import {
  LocalDate,
  addDays,
  daysInMonth,
  isoWeekOf,
  localDate,
  partsOf,
  assertNever,
} from '@billing/shared/kernel';
import { PeriodUnit } from '../inputs/billing-inputs';

/**
 * A retainer period as local dates of the organisation's zone (first and last day inclusive). Entries belong to
 * the period of their local day, so zone handling is done once, when the entry's day is computed.
 */
export interface BillingPeriod {
  unit: PeriodUnit;
  /** `2026-03`, `2026-Q1` or the ISO week `2026-W10`. */
  key: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function billingPeriodOf(
  day: LocalDate,
  unit: PeriodUnit,
): BillingPeriod {
  const { year, month } = partsOf(day);
  switch (unit) {
    case 'week': {
      const week = isoWeekOf(day);
      return {
        unit,
        key: week.key,
        firstDay: week.monday,
        lastDay: week.sunday,
      };
    }
    case 'month':
      return {
        unit,
        key: `${pad(year, 4)}-${pad(month, 2)}`,
        firstDay: localDate(year, month, 1),
        lastDay: localDate(year, month, daysInMonth(year, month)),
      };
    case 'quarter': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      const lastMonth = quarter * 3;
      return {
        unit,
        key: `${pad(year, 4)}-Q${quarter}`,
        firstDay: localDate(year, lastMonth - 2, 1),
        lastDay: localDate(year, lastMonth, daysInMonth(year, lastMonth)),
      };
    }
    default:
      return assertNever(unit, 'period unit');
  }
}

/** The periods lying wholly within [from, to]; a period cut by the selection is left for a later run. */
export function billingPeriodsWithin(
  from: LocalDate,
  to: LocalDate,
  unit: PeriodUnit,
): BillingPeriod[] {
  const periods: BillingPeriod[] = [];
  let period = billingPeriodOf(from, unit);
  while (period.lastDay <= to) {
    if (period.firstDay >= from) periods.push(period);
    period = billingPeriodOf(addDays(period.lastDay, 1), unit);
  }
  return periods;
}
