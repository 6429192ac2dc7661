import { ReportGroup } from '@billing/reporting/contracts';
import { currencyExponent } from '../../sections/setup/shared/money-text';
import { axisLabel, formatHoursCell, formatTotalsMoney, groupDisplayLabel, isCalendarDimension } from './report-format';

export type ChartMetric = 'tracked' | 'billable' | 'amount';

export const CHART_METRIC_LABELS: Readonly<Record<ChartMetric, string>> = {
  tracked: 'Tracked hours',
  billable: 'Billable hours',
  amount: 'Amount',
};

export interface ChartPoint {
  readonly label: string;
  /** Short label along a time axis. */
  readonly axis: string;
  /** Integer: seconds or minor units. */
  readonly value: number;
  readonly text: string;
}

export interface ChartSeries {
  readonly kind: 'bars' | 'columns';
  readonly points: readonly ChartPoint[];
  /** How many base units make one display unit (3600 s, 100 cents). */
  readonly unit: number;
  readonly format: (value: number) => string;
  /** Points left out of a bar chart (only the largest are drawn). */
  readonly hidden: number;
}

/** The one currency of all groups, or null when they have none or several: amounts are then not charted. */
export function commonCurrency(groups: readonly ReportGroup[]): string | null {
  const currencies = new Set(groups.map((group) => group.totals.currency));
  const [only] = [...currencies];
  return currencies.size === 1 && typeof only === 'string' ? only : null;
}

/**
 * What the chart draws for the top-level groups: the largest `maxBars` as horizontal bars, or every point in
 * calendar order as columns when the top level is a day, week or month. Null when the metric cannot be drawn
 * (amounts in several currencies).
 */
export function chartSeries(groups: readonly ReportGroup[], metric: ChartMetric, maxBars = 12): ChartSeries | null {
  const currency = commonCurrency(groups);
  if (metric === 'amount' && currency === null) {
    return null;
  }
  const valueOf = (group: ReportGroup) =>
    metric === 'tracked' ? group.totals.trackedSeconds : metric === 'billable' ? group.totals.billableSeconds : group.totals.amount;
  const format = metric === 'amount' ? (value: number) => formatTotalsMoney(value, currency) : formatHoursCell;
  const unit = metric === 'amount' ? 10 ** currencyExponent(currency ?? 'EUR') : 3600;
  const points = groups.map((group) => ({
    label: groupDisplayLabel(group),
    axis: axisLabel(group),
    value: valueOf(group),
    text: format(valueOf(group)),
  }));
  if (isCalendarDimension(groups[0]?.dimension)) {
    return { kind: 'columns', points, unit, format, hidden: 0 };
  }
  const largest = [...points].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, maxBars);
  return { kind: 'bars', points: largest, unit, format, hidden: points.length - largest.length };
}
