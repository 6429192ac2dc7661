import { ReportFreshness } from '@billing/reporting/contracts';

/**
 * The read model normally trails the event store by well under a second; a first pending change older than this
 * means it is replaying or stopped, and the totals may be missing changes.
 */
export const BEHIND_AFTER_SECONDS = 10;

export type FreshnessNotice = { kind: 'behind'; text: string } | { kind: 'counted'; text: string };

/** `26 Nov 2026, 09:12:03`: the viewer's local time (or `timeZone`), to the second. */
export function freshnessInstant(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(new Date(instant));
}

/**
 * What a report says about its freshness at `now` (epoch milliseconds, the browser's clock when the answer arrived):
 * a warning when a change recorded more than `BEHIND_AFTER_SECONDS` ago is still pending, otherwise when it was counted
 * through; null when the answer has no freshness (or nothing was ever counted and nothing is late).
 */
export function freshnessNotice(freshness: ReportFreshness | undefined, now: number, timeZone?: string): FreshnessNotice | null {
  if (!freshness) {
    return null;
  }
  const { pendingSince, countedThrough } = freshness;
  if (pendingSince !== null && now - Date.parse(pendingSince) > BEHIND_AFTER_SECONDS * 1000) {
    return {
      kind: 'behind',
      text: `Still counting changes recorded since ${freshnessInstant(pendingSince, timeZone)} — totals may be incomplete. Refresh in a moment.`,
    };
  }
  return countedThrough === null ? null : { kind: 'counted', text: `Counted through ${freshnessInstant(countedThrough, timeZone)}` };
}
