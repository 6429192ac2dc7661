import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import { TIME_TRACKING_ENTITIES, TIME_TRACKING_MIGRATIONS, TIME_TRACKING_PROJECTIONS } from '../lib/read-models';
import { TimeTrackingApplicationModule } from '../lib/time-tracking-application.module';

export type TimeTrackingTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'time-tracking');
}

/**
 * A host like the api's, reduced to what time tracking needs: PostgreSQL event store, TypeORM, the event-sourcing
 * plumbing, the access module (real tokens and guards), the organisation module (its read models) and time
 * tracking, with every projection running. The clock stands still until a test moves it.
 */
export async function startTimeTrackingTestApp(options: { databaseUrl: string; now: string; env?: Record<string, string> }): Promise<TimeTrackingTestApp> {
  // Settings the time-tracking services read from the environment directly.
  for (const [name, value] of Object.entries(options.env ?? {})) process.env[name] = value;
  return startTestHost({
    purpose: 'time-tracking',
    databaseUrl: options.databaseUrl,
    now: options.now,
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule, TimeTrackingApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...TIME_TRACKING_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES, ...TIME_TRACKING_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS, ...TIME_TRACKING_MIGRATIONS],
  });
}
