import { ReportGroup, ReportGroupBy, ReportTotals, TimeReportFilters } from '@billing/reporting/contracts';
import { groupThousands } from '../../sections/setup/shared/decimal-text';
import { formatMoney } from '../../sections/setup/shared/money-text';
import { dayLabel, isoWeekDays, monthDays, periodLabel } from './report-period';

export const GROUP_BY_LABELS: Readonly<Record<ReportGroupBy, string>> = {
  client: 'Client',
  project: 'Project',
  task: 'Task',
  member: 'Member',
  team: 'Team',
  day: 'Day',
  week: 'Week',
  month: 'Month',
};

export const CALENDAR_DIMENSIONS: readonly ReportGroupBy[] = ['day', 'week', 'month'];

export function isCalendarDimension(dimension: ReportGroupBy | undefined): boolean {
  return dimension !== undefined && CALENDAR_DIMENSIONS.includes(dimension);
}

/** `Project › Member`, or `No grouping`. */
export function groupingLabel(groupBy: readonly ReportGroupBy[]): string {
  return groupBy.length === 0 ? 'No grouping' : groupBy.map((level) => GROUP_BY_LABELS[level]).join(' › ');
}

/**
 * Seconds as decimal hours with two decimals, rounded half up in integers: 5400 -> `1.50`, 3_600_000 -> `1,000.00`,
 * 59 -> `0.02` (0.0164 h).
 */
export function formatHoursDecimal(seconds: number): string {
  const negative = seconds < 0;
  const magnitude = Math.abs(seconds);
  // hundredths = seconds / 36, half up: floor((2 * seconds + 36) / 72).
  const hundredths = Math.floor((2 * magnitude + 36) / 72);
  const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
  return `${negative && hundredths > 0 ? '-' : ''}${groupThousands(text)}`;
}

/** Hours for a cell: `12.50 h`. */
export function formatHoursCell(seconds: number): string {
  return `${formatHoursDecimal(seconds)} h`;
}

export const MIXED_CURRENCIES = 'Mixed currencies';

/**
 * An amount of the totals in their currency. Totals over several currencies carry no currency and are never added
 * up here: they read "Mixed currencies" (grouping by client shows each currency), or "—" when there is nothing.
 */
export function formatTotalsMoney(amountMinor: number, currency: string | null): string {
  if (currency) {
    return formatMoney(amountMinor, currency);
  }
  return amountMinor === 0 ? '—' : MIXED_CURRENCIES;
}

export const PROFIT_ACROSS_CURRENCIES = 'Amount and cost are in different currencies';

/** A money figure of the totals as shown: its text, a tooltip when it needs one, and whether it is below zero. */
export interface TotalsFigure {
  readonly text: string;
  readonly title: string | null;
  readonly negative: boolean;
}

/** The cost of the totals, in the cost's own currency (the cost rates'), which need not be the amount's. */
export function formatTotalsCost(totals: ReportTotals): string {
  return formatTotalsMoney(totals.cost, totals.costCurrency);
}

/**
 * The profit of the totals, in the amount's currency. The server answers none (null) when amount and cost are in
 * different currencies: it shows "—" with the reason as its title, never a difference of two currencies. Totals
 * without money (an empty report) have no currency either: "—" with no reason to give.
 */
export function totalsProfitFigure(totals: ReportTotals): TotalsFigure {
  if (totals.profit === null) {
    const moneyless = totals.amount === 0 && totals.cost === 0;
    return { text: '—', title: moneyless ? null : PROFIT_ACROSS_CURRENCIES, negative: false };
  }
  return { text: formatTotalsMoney(totals.profit, totals.currency), title: null, negative: totals.profit < 0 };
}

/** Money of one entry; entries always have at most one currency. */
export function formatEntryMoney(amountMinor: number, currency: string | null): string {
  return currency ? formatMoney(amountMinor, currency) : '—';
}

/** Whether the totals' money has a single currency to show and to chart. */
export function hasSingleCurrency(totals: ReportTotals): boolean {
  return totals.currency !== null;
}

/** What a group is called in tables and charts; calendar keys become readable dates. */
export function groupDisplayLabel(group: Pick<ReportGroup, 'dimension' | 'key' | 'label'>): string {
  if (group.key === null) {
    return group.label;
  }
  switch (group.dimension) {
    case 'day':
      return dayLabel(group.key, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    case 'week': {
      const days = isoWeekDays(group.key);
      return days ? `${group.key.replace('-W', ' W')} · ${periodLabel(days)}` : group.label;
    }
    case 'month': {
      const days = monthDays(group.key);
      return days ? dayLabel(days.from, { month: 'long', year: 'numeric' }) : group.label;
    }
    default:
      return group.label;
  }
}

/** A short axis label for calendar keys: `10 Mar`, `W11`, `Mar 26`. */
export function axisLabel(group: Pick<ReportGroup, 'dimension' | 'key' | 'label'>): string {
  if (group.key === null) {
    return group.label;
  }
  switch (group.dimension) {
    case 'day':
      return dayLabel(group.key, { day: 'numeric', month: 'short' });
    case 'week':
      return group.key.slice(5);
    case 'month': {
      const days = monthDays(group.key);
      return days ? dayLabel(days.from, { month: 'short', year: '2-digit' }) : group.label;
    }
    default:
      return group.label;
  }
}

export interface FilterSummaryItem {
  readonly label: string;
  readonly value: string;
}

/**
 * The filters in words. `nameOf` resolves ids to names where known (the public page knows only the names that
 * appear in the report); unknown ids count as "n selected".
 */
export function filterSummary(filters: TimeReportFilters, nameOf: (kind: ReportGroupBy, id: string) => string | null): FilterSummaryItem[] {
  const lists: [keyof TimeReportFilters, ReportGroupBy, string, string][] = [
    ['clientIds', 'client', 'Clients', 'client'],
    ['projectIds', 'project', 'Projects', 'project'],
    ['taskIds', 'task', 'Tasks', 'task'],
    ['memberIds', 'member', 'Members', 'member'],
    ['teamIds', 'team', 'Teams', 'team'],
  ];
  const items: FilterSummaryItem[] = [];
  for (const [field, kind, label, noun] of lists) {
    const ids = (filters[field] as string[] | undefined) ?? [];
    if (ids.length === 0) {
      continue;
    }
    const names = ids.map((id) => nameOf(kind, id));
    const value = names.every((name) => name !== null) ? names.join(', ') : `${ids.length} ${noun}${ids.length === 1 ? '' : 's'} selected`;
    items.push({ label, value });
  }
  if (filters.tags && filters.tags.length > 0) {
    items.push({ label: 'Tags', value: filters.tags.join(', ') });
  }
  if (filters.billable !== undefined) {
    items.push({ label: 'Billable', value: filters.billable ? 'Billable only' : 'Non-billable only' });
  }
  if (filters.billed !== undefined) {
    items.push({ label: 'Billed', value: filters.billed ? 'Billed only' : 'Not billed only' });
  }
  return items;
}
