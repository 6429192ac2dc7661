import type { RecordedEvent } from '@billing/event-store';
import type { OrganisationContextEvent } from '@billing/organisation/domain';

/** A stored organisation event as its domain type, with the revision of its stream. */
export function asDomainEvent<Event extends OrganisationContextEvent>(
  recorded: RecordedEvent,
): Event {
  return { type: recorded.type, data: recorded.data } as Event;
}
