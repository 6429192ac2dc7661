import type { AllFilter, RecordedEvent } from '@billing/event-store';

/** The store's filter semantics: every given part must match (a prefix of the stream, and the type). */
export function matchesFilter(filter: AllFilter | undefined, event: RecordedEvent): boolean {
  if (filter === undefined) return true;
  const prefixes = filter.streamPrefixes;
  if (prefixes !== undefined && !prefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  const types = filter.eventTypes;
  return types === undefined || types.includes(event.type);
}
