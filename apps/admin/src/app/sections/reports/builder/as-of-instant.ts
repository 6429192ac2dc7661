/** `YYYY-MM-DDTHH:mm` as a `datetime-local` input shows it, in the browser's zone. */
export function localInputValue(epochMilliseconds: number): string {
  const date = new Date(epochMilliseconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The instant a `datetime-local` value names in the browser's zone, as an ISO instant (UTC); null when empty,
 * malformed, or later than `now` (a report can only be asked as of the past).
 */
export function asOfInstant(value: string, now: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) {
    return null;
  }
  const epoch = new Date(value).getTime();
  return Number.isNaN(epoch) || epoch > now ? null : new Date(epoch).toISOString();
}

/** How the historical view names its instant: the viewer's local time and the same instant in UTC. */
export function asOfLabel(instant: string): string {
  const date = new Date(instant);
  const local = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  return `${local} (${instant.replace('.000Z', 'Z')})`;
}
