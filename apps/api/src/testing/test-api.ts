import { Client } from 'pg';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, parseConfig } from '@billing/shared/nest';
import { createApiApp } from '../app/create-api-app';

export const TEST_POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL =
  process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Test responses are read loosely (`body.details.redis.status`); the assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = any;

export interface TestApi {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  close(): Promise<void>;
}

/** Drops and recreates `name`, failing loudly when PostgreSQL cannot be reached. */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({
    connectionString: `${TEST_POSTGRES_URL}/postgres`,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the api tests need it): ${String(error)}`,
    );
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  return `${TEST_POSTGRES_URL}/${name}`; // created again by the api's own start-up
}

/** Starts the real api (database creation, migrations, every module) on a free port. */
export async function startTestApi(
  env: Record<string, string>,
): Promise<TestApi> {
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: TEST_REDIS_URL,
    ADMIN_STATIC_DIR: 'no-admin-app-in-tests',
    ...env,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}/api/v1`,
    close: () => app.close(),
  };
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: LooseJson }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: LooseJson }> {
  const response = await fetch(url, { headers });
  return { status: response.status, body: await response.json() };
}
