import { HttpStatus } from '@nestjs/common';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { WrongExpectedRevisionError } from '@billing/event-store';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import type { MappedHttpError } from '@billing/shared/nest';
import { request, type TestRequestOptions, type TestResponse } from '@billing/shared/testing';
import { OrganisationApplicationModule } from '../lib/organisation-application.module';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS } from '../lib/read-models';

export { type LooseJson } from '@billing/shared/testing';

export const TEST_ADMIN = { email: 'admin@example.com', password: 'admin-test-password' };

export type OrganisationTestApp = TestHost;

/** As the api maps it (the api's own mapper lives in the app, which a library may not import). */
function mapStaleRevision(error: unknown): MappedHttpError | undefined {
  if (!(error instanceof WrongExpectedRevisionError)) return undefined;
  return { status: HttpStatus.CONFLICT, body: { error: 'CONFLICT', code: 'WRONG_EXPECTED_REVISION', message: error.message } };
}

/** A host composed like the api: PostgreSQL event store, TypeORM, access, organisation, projections. */
export async function startOrganisationTestApp(databaseName: string): Promise<OrganisationTestApp> {
  return startTestHost({
    purpose: 'organisation',
    databaseUrl: await recreateTestDatabase(databaseName, 'organisation'),
    env: { SEED_ADMIN_EMAIL: TEST_ADMIN.email, SEED_ADMIN_PASSWORD: TEST_ADMIN.password },
    errorMappers: [mapStaleRevision, mapForbiddenError],
    modules: [AccessModule, OrganisationApplicationModule],
    projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS],
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES],
    migrations: [...ACCESS_MIGRATIONS, ...ORGANISATION_MIGRATIONS],
  });
}

export type Reply = TestResponse;

export function call(method: string, url: string, options: TestRequestOptions = {}): Promise<Reply> {
  return request(method as Parameters<typeof request>[0], url, options);
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const reply = await call('POST', `${baseUrl}/auth/login`, { body: { email, password } });
  if (reply.status !== 200) throw new Error(`login ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.accessToken as string;
}

/** Polls until `check` holds or the deadline passes (read models follow the event store asynchronously). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
