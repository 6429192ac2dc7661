import { eventStoreMigrations } from '@billing/event-store';
import { AUTH_MIGRATIONS } from '../auth/auth-entities';

/** Every migration the api runs at start, in order: the event store's schema first, then the api's own tables. */
export const API_MIGRATIONS = [...eventStoreMigrations, ...AUTH_MIGRATIONS];
