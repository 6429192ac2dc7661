import { PeriodDetailView } from '@billing/closing/contracts';

/** A closed period and the instant it was last closed: the moment its reports were relied on. */
export interface ClosedPeriod {
  key: string;
  fromDay: string;
  toDay: string;
  closedAt: string;
  closedBy: string;
}

/** The month's first and last local day: `2026-02` -> `2026-02-01`..`2026-02-28`. */
export function monthDays(key: string): { fromDay: string; toDay: string } {
  const [year, month] = key.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year ?? 1970, month ?? 1, 0)).getUTCDate();
  return { fromDay: `${key}-01`, toDay: `${key}-${String(lastDay).padStart(2, '0')}` };
}

/** Null while the period is open or was never closed. */
export function closedPeriodOf(detail: PeriodDetailView): ClosedPeriod | null {
  if (detail.status === 'open') return null;
  const closes = detail.history.filter((entry) => entry.kind === 'closed');
  const last = closes[closes.length - 1];
  if (last === undefined) return null;
  return { key: detail.key, ...monthDays(detail.key), closedAt: last.occurredAt, closedBy: last.actor };
}
