import { Module, type Type } from '@nestjs/common';
import { recreateTestDatabase, startTestHost, type TestHost } from '@billing/shared/event-sourcing/testing';
import { request, type LooseJson } from '@billing/shared/testing';
import { AccessModule } from '../lib/access.module';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS } from '../lib/access-persistence';
import { mapForbiddenError } from '../lib/authorization/forbidden-response';

export type { LooseJson } from '@billing/shared/testing';

export type AccessTestApp = TestHost;

export function recreateDatabase(name: string): Promise<string> {
  return recreateTestDatabase(name, 'access');
}

/**
 * A host like the api's, reduced to what the access context needs: PostgreSQL event store, TypeORM, the
 * event-sourcing plumbing, the access module with its projections, and any extra controllers under test.
 */
export async function startAccessTestApp(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  controllers?: Type[];
}): Promise<AccessTestApp> {
  @Module({ imports: [AccessModule], controllers: options.controllers ?? [] })
  class ControllersUnderTest {}

  return startTestHost({
    purpose: 'access',
    databaseUrl: options.databaseUrl,
    ...(options.env ? { env: options.env } : {}),
    errorMappers: [mapForbiddenError],
    modules: [AccessModule],
    extraImports: [ControllersUnderTest],
    projections: ACCESS_PROJECTIONS,
    entities: ACCESS_ENTITIES,
    migrations: ACCESS_MIGRATIONS,
    maxEventStoreConnections: 3,
  });
}

export async function requestJson(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: LooseJson }> {
  const { status, body } = await request(method, url, options);
  return { status, body };
}

export const postJson = (url: string, body: unknown, token?: string) =>
  requestJson('POST', url, { body, ...(token ? { token } : {}) });

export const getJson = (url: string, token?: string) =>
  requestJson('GET', url, token ? { token } : {});

/** Starts several apps at once; when one fails, the others are closed before the error is rethrown. */
export async function startAll(
  starters: (() => Promise<AccessTestApp>)[],
): Promise<AccessTestApp[]> {
  const results = await Promise.allSettled(starters.map((start) => start()));
  const started = results.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(started.map((instance) => instance.close()));
    throw failure.reason;
  }
  return started;
}
