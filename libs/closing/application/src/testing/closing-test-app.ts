import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import {
  TIME_TRACKING_ENTITIES,
  TIME_TRACKING_MIGRATIONS,
  TIME_TRACKING_PROJECTIONS,
  TimeTrackingApplicationModule,
} from '@billing/time-tracking/application';
import { ClosingApplicationModule } from '../lib/closing-application.module';
import { CLOSING_MIGRATIONS, CLOSING_PROJECTIONS } from '../lib/read-models';

export type ClosingTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'closing');
}

/**
 * A host like the api's, with what the close needs: PostgreSQL event store, the access, organisation and time
 * tracking modules (entries are written through their real HTTP API) and the close, every projection running.
 */
export function startClosingTestApp(options: { databaseUrl: string; now: string }): Promise<ClosingTestApp> {
  return startTestHost({
    purpose: 'closing',
    databaseUrl: options.databaseUrl,
    now: options.now,
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule, TimeTrackingApplicationModule, ClosingApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...TIME_TRACKING_PROJECTIONS, ...CLOSING_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES, ...TIME_TRACKING_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS, ...TIME_TRACKING_MIGRATIONS, ...CLOSING_MIGRATIONS],
  });
}
