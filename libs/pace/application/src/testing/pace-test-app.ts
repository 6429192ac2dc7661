import { BullModule } from '@nestjs/bullmq';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import { PaceApplicationModule } from '../lib/pace-application.module';
import { PaceRemindersModule } from '../lib/pace-reminders.module';
import { PACE_MIGRATIONS, PACE_PROJECTIONS } from '../lib/read-models';

export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export type PaceTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'pace');
}

/**
 * A host like the api's with what Pace needs: PostgreSQL event store, access and organisation (members, teams, zone)
 * and Pace with its projection; BullMQ on real Redis under its own prefix; the reminder services (the worker's) too.
 */
export function startPaceTestApp(options: { databaseUrl: string; now: string; queuePrefix: string; env?: Record<string, string> }): Promise<PaceTestApp> {
  return startTestHost({
    purpose: 'pace',
    databaseUrl: options.databaseUrl,
    now: options.now,
    env: { REDIS_URL: TEST_REDIS_URL, ...options.env },
    errorMappers: [mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule, PaceApplicationModule],
    extraImports: [BullModule.forRoot({ connection: { url: TEST_REDIS_URL }, prefix: options.queuePrefix }), PaceRemindersModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...PACE_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS, ...PACE_MIGRATIONS],
  });
}
