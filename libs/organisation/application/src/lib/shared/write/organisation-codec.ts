import { typeDataCodec, type EventCodec } from '@billing/shared/event-sourcing';
import {
  ORGANISATION_EVENT_SCHEMA_VERSIONS,
  type OrganisationContextEvent,
} from '@billing/organisation/domain';

/** The organisation context stores its events as `{type, data}` with the versions the domain declares. */
export function organisationCodec<
  Event extends OrganisationContextEvent,
>(): EventCodec<Event> {
  return typeDataCodec<Event>(ORGANISATION_EVENT_SCHEMA_VERSIONS);
}
