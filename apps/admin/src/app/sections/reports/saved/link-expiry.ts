import { SharedLinkView } from '@billing/reporting/contracts';

/**
 * The last second of a chosen day in the browser's zone, as an ISO instant. The link stops working when that
 * day ends where the person sharing it is.
 */
export function endOfDayInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, 23, 59, 59).toISOString().replace('.000Z', 'Z');
}

export type LinkStatus = 'Active' | 'Revoked' | 'Expired';

export function linkStatus(link: Pick<SharedLinkView, 'active' | 'revokedAt'>): LinkStatus {
  return link.active ? 'Active' : link.revokedAt ? 'Revoked' : 'Expired';
}
