import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { RatesApplicationModule } from '@billing/rates/application';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import {
  TIME_TRACKING_ENTITIES,
  TIME_TRACKING_MIGRATIONS,
  TIME_TRACKING_PROJECTIONS,
  TimeTrackingApplicationModule,
} from '@billing/time-tracking/application';
import { BillingApplicationModule } from '../lib/billing-application.module';
import { BILLING_MIGRATIONS, BILLING_PROJECTIONS } from '../lib/read-models';

export type BillingTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'billing');
}

/**
 * A host like the api's with what billing needs: the PostgreSQL event store, access (real tokens and guards), the
 * organisation and time tracking (entries are written through their HTTP API), rates and billing, every
 * projection running. The clock stands still until a test moves it.
 */
export function startBillingTestApp(options: { databaseUrl: string; now: string }): Promise<BillingTestApp> {
  return startTestHost({
    purpose: 'billing',
    databaseUrl: options.databaseUrl,
    now: options.now,
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule, TimeTrackingApplicationModule, RatesApplicationModule, BillingApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...TIME_TRACKING_PROJECTIONS, ...BILLING_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES, ...TIME_TRACKING_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS, ...TIME_TRACKING_MIGRATIONS, ...BILLING_MIGRATIONS],
    // Concurrency specs issue invoices in parallel.
    maxEventStoreConnections: 10,
  });
}
