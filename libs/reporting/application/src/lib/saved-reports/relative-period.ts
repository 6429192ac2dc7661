import type {
  RelativePeriod,
  ReportPeriod,
} from '@billing/reporting/contracts';
import {
  addDays,
  isoWeekOf,
  type LocalDate,
  localDate,
  partsOf,
  daysInMonth,
} from '@billing/shared/kernel';

const monthBounds = (year: number, month: number): ReportPeriod => ({
  from: localDate(year, month, 1),
  to: localDate(year, month, daysInMonth(year, month)),
});

/** The days a relative period covers, seen from `today` (the organisation's local date). Weeks are ISO weeks. */
export function resolveRelativePeriod(
  relative: RelativePeriod,
  today: LocalDate,
): ReportPeriod {
  const { year, month } = partsOf(today);
  switch (relative) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday': {
      const day = addDays(today, -1);
      return { from: day, to: day };
    }
    case 'this_week': {
      const week = isoWeekOf(today);
      return { from: week.monday, to: week.sunday };
    }
    case 'last_week': {
      const week = isoWeekOf(addDays(today, -7));
      return { from: week.monday, to: week.sunday };
    }
    case 'this_month':
      return monthBounds(year, month);
    case 'last_month':
      return month === 1
        ? monthBounds(year - 1, 12)
        : monthBounds(year, month - 1);
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'last_30_days':
      return { from: addDays(today, -29), to: today };
    case 'this_year':
      return { from: localDate(year, 1, 1), to: localDate(year, 12, 31) };
    case 'last_year':
      return {
        from: localDate(year - 1, 1, 1),
        to: localDate(year - 1, 12, 31),
      };
    default: {
      const unknown: never = relative;
      throw new Error(`Unknown relative period ${String(unknown)}`);
    }
  }
}
