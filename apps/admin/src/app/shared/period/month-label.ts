const PERIOD_KEY = /^(\d{4})-(\d{2})$/;
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` -> `March 2026`; anything else comes back unchanged. */
export function monthLabel(key: string): string {
  const match = PERIOD_KEY.exec(key);
  const month = match ? Number(match[2]) : 0;
  return match && month >= 1 && month <= 12 ? MONTH.format(new Date(Date.UTC(Number(match[1]), month - 1, 1))) : key;
}

/**
 * The 409 PERIOD_CLOSED answer in words a member understands: `Period 2026-03 is closed` (or the key alone) ->
 * `March 2026 is closed; ask finance to reopen it if this time must change.`
 */
export function closedPeriodMessage(serverMessage: string, periodKey?: string): string {
  const key = periodKey ?? /\d{4}-\d{2}/.exec(serverMessage)?.[0];
  const period = key ? monthLabel(key) : 'This period';
  return `${period} is closed; ask finance to reopen it if this time must change.`;
}
