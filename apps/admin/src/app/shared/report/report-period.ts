import { RELATIVE_PERIODS, RelativePeriod, ReportPeriod } from '@billing/reporting/contracts';

/**
 * Report periods as local days (`YYYY-MM-DD`) in the organisation's zone: presets resolved the way the server
 * resolves saved relative periods (ISO weeks, Monday to Sunday), with Intl only.
 */
export type PeriodPreset = RelativePeriod | 'custom';

export const PERIOD_PRESET_LABELS: Readonly<Record<PeriodPreset, string>> = {
  this_month: 'This month',
  last_month: 'Last month',
  this_week: 'This week',
  last_week: 'Last week',
  last_7_days: 'Last 7 days',
  last_30_days: 'Last 30 days',
  today: 'Today',
  yesterday: 'Yesterday',
  this_year: 'This year',
  last_year: 'Last year',
  custom: 'Custom range',
};

/** In the order the period picker lists them. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'this_month',
  'last_month',
  'this_week',
  'last_week',
  'last_7_days',
  'last_30_days',
  'today',
  'yesterday',
  'this_year',
  'last_year',
  'custom',
];

export function isPeriodPreset(value: unknown): value is PeriodPreset {
  return value === 'custom' || RELATIVE_PERIODS.includes(value as RelativePeriod);
}

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const todayFormatters = new Map<string, Intl.DateTimeFormat>();

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function dayMs(day: string): number {
  const match = DAY.exec(day);
  if (!match) {
    throw new Error(`Not a day: ${day}`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function dayOf(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function isLocalDay(text: string): boolean {
  return DAY.test(text) && dayOf(dayMs(text)) === text;
}

export function addDays(day: string, days: number): string {
  return dayOf(dayMs(day) + days * DAY_MS);
}

/** The calendar day it is at `nowMs` in the zone. */
export function todayInZone(zone: string, nowMs: number): string {
  let formatter = todayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    todayFormatters.set(zone, formatter);
  }
  return formatter.format(new Date(nowMs));
}

function mondayOf(day: string): string {
  const weekday = new Date(dayMs(day)).getUTCDay();
  return addDays(day, weekday === 0 ? -6 : 1 - weekday);
}

function monthOf(year: number, month: number): ReportPeriod {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${pad(last)}` };
}

/** The days a relative period covers, seen from `today`. */
export function resolveRelativePeriod(relative: RelativePeriod, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (relative) {
    case 'today':
      return { from: today, to: today };
    case 'yesterday':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'this_week':
      return { from: mondayOf(today), to: addDays(mondayOf(today), 6) };
    case 'last_week':
      return { from: addDays(mondayOf(today), -7), to: addDays(mondayOf(today), -1) };
    case 'this_month':
      return monthOf(year, month);
    case 'last_month':
      return month === 1 ? monthOf(year - 1, 12) : monthOf(year, month - 1);
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'last_30_days':
      return { from: addDays(today, -29), to: today };
    case 'this_year':
      return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
    case 'last_year':
      return { from: `${pad(year - 1, 4)}-01-01`, to: `${pad(year - 1, 4)}-12-31` };
    default: {
      const unknown: never = relative;
      throw new Error(`Unknown relative period ${String(unknown)}`);
    }
  }
}

/** The first and last day of an ISO week `2026-W11`, or null when the text is not one. */
export function isoWeekDays(week: string): ReportPeriod | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) {
    return null;
  }
  const firstMonday = mondayOf(`${match[1]}-01-04`);
  const monday = addDays(firstMonday, (Number(match[2]) - 1) * 7);
  return { from: monday, to: addDays(monday, 6) };
}

/** The days of `YYYY-MM`, or null. */
export function monthDays(month: string): ReportPeriod | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? monthOf(Number(match[1]), Number(match[2])) : null;
}

/** The overlap of two periods, or null when they do not meet. Local days compare as text. */
export function intersectPeriods(a: ReportPeriod, b: ReportPeriod): ReportPeriod | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

const dayLabels = new Map<string, Intl.DateTimeFormat>();

/** `2026-03-10` -> `10 Mar 2026` (en-GB, independent of the browser's zone). */
export function dayLabel(day: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): string {
  const key = JSON.stringify(options);
  let formatter = dayLabels.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    dayLabels.set(key, formatter);
  }
  return formatter.format(new Date(dayMs(day))).replace(',', '');
}

/** `1 – 31 Mar 2026`, `28 Feb – 3 Mar 2026`, `30 Dec 2025 – 2 Jan 2026`, `10 Mar 2026`. */
export function periodLabel(period: ReportPeriod): string {
  if (period.from === period.to) {
    return dayLabel(period.from);
  }
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const sameMonth = sameYear && period.from.slice(5, 7) === period.to.slice(5, 7);
  const start = sameMonth
    ? String(Number(period.from.slice(8, 10)))
    : dayLabel(period.from, sameYear ? { day: 'numeric', month: 'short' } : undefined);
  return `${start} – ${dayLabel(period.to)}`;
}
