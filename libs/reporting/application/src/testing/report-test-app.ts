import { randomUUID } from 'node:crypto';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { BILLING_MIGRATIONS, BILLING_PROJECTIONS, BillingApplicationModule } from '@billing/billing/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { RatesApplicationModule } from '@billing/rates/application';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import {
  TIME_TRACKING_ENTITIES,
  TIME_TRACKING_MIGRATIONS,
  TIME_TRACKING_PROJECTIONS,
  TimeTrackingApplicationModule,
} from '@billing/time-tracking/application';
import { ReportingApplicationModule } from '../lib/reporting-application.module';
import { REPORTING_ENTITIES, REPORTING_MIGRATIONS, REPORTING_PROJECTIONS } from '../lib/reporting-persistence';

export interface ReportTestApp extends TestHost {
  /** Resolves once every projection has applied everything appended so far. */
  caughtUp(): Promise<void>;
}

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'reporting');
}

/** What `withBilling` adds: the contexts whose HTTP APIs write entries, rates and invoices. */
const BILLING_HOST = {
  migrations: [...ORGANISATION_MIGRATIONS, ...TIME_TRACKING_MIGRATIONS, ...BILLING_MIGRATIONS],
  entities: [...ORGANISATION_ENTITIES, ...TIME_TRACKING_ENTITIES],
  modules: [OrganisationApplicationModule, TimeTrackingApplicationModule, RatesApplicationModule, BillingApplicationModule],
  projections: [...ORGANISATION_PROJECTIONS, ...TIME_TRACKING_PROJECTIONS, ...BILLING_PROJECTIONS],
};
const NOTHING_MORE = { migrations: [], entities: [], modules: [], projections: [] };

/**
 * A host like the api's, reduced to what reporting needs: PostgreSQL event store, TypeORM, the event-sourcing
 * plumbing, the access module (real logins and guards) and reporting, with the access and report projections running.
 * `withBilling` adds organisation, time tracking, rates and billing (their APIs and projections), for tests that
 * drive the whole flow over HTTP.
 */
export async function startReportTestApp(options: { databaseUrl: string; now: string; withBilling?: boolean }): Promise<ReportTestApp> {
  const extra = options.withBilling ? BILLING_HOST : NOTHING_MORE;
  const host = await startTestHost({
    purpose: 'reporting',
    databaseUrl: options.databaseUrl,
    now: options.now,
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, ...extra.modules, ReportingApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...extra.projections, ...REPORTING_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...extra.entities, ...REPORTING_ENTITIES],
    // The report tables come last: their migrations read the other contexts' tables when those exist.
    migrations: [...ACCESS_MIGRATIONS, ...extra.migrations, ...REPORTING_MIGRATIONS],
    maxEventStoreConnections: options.withBilling ? 10 : 4,
  });
  return { ...host, caughtUp: () => caughtUp(host) };
}

/**
 * A marker appended after everything else: once both projections show it, they have applied all earlier appends
 * ($all is read in commit order, so nothing committed before the marker can still be on its way).
 */
async function caughtUp(host: TestHost): Promise<void> {
  const marker = randomUUID();
  await host.eventStore.append(
    `member-${marker}`,
    [
      {
        id: randomUUID(),
        type: 'member-registered',
        data: { memberId: marker, name: 'marker', email: `${marker}@marker.example.com`, roles: [] },
        metadata: { actor: 'test', occurredAt: new Date().toISOString(), correlationId: randomUUID() },
      },
    ],
    'no_stream',
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = (await host.dataSource.query(
      `select exists (select 1 from rpt_members where member_id = $1) and exists (select 1 from access_members where member_id = $1) as seen`,
      [marker],
    )) as Array<{ seen: boolean }>;
    if (row?.seen) return;
    if (Date.now() > deadline) throw new Error('projections did not catch up within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
