import { Global, HttpStatus, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import {
  createPostgresEventStore,
  EVENT_STORE,
  eventStoreMigrations,
  subscriptionMigrations,
  WrongExpectedRevisionError,
  type EventStore,
} from '@billing/event-store';
import { CreateIdempotencyRecords1767225700000, EventSourcingModule, ProjectionsModule } from '@billing/shared/event-sourcing';
import {
  AppConfigModule,
  buildDataSourceOptions,
  ClockModule,
  HttpErrorsModule,
  parseConfig,
  prepareDatabase,
  type MappedHttpError,
} from '@billing/shared/nest';
import { OrganisationApplicationModule } from '../lib/organisation-application.module';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS } from '../lib/read-models';

export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_ADMIN = { email: 'admin@example.com', password: 'admin-test-password' };

export interface OrganisationTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  close(): Promise<void>;
}

/** Drops the test database (start-up creates it again). */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres`, connectionTimeoutMillis: 5000 });
  await client.connect().catch((error: unknown) => {
    throw new Error(`PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the organisation tests need it): ${String(error)}`);
  });
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  return `${TEST_POSTGRES_URL}/${name}`;
}

/** As the api maps it (the api's own mapper lives in the app, which a library may not import). */
function mapStaleRevision(error: unknown): MappedHttpError | undefined {
  if (!(error instanceof WrongExpectedRevisionError)) return undefined;
  return { status: HttpStatus.CONFLICT, body: { error: 'CONFLICT', code: 'WRONG_EXPECTED_REVISION', message: error.message } };
}

/** A host composed like the api: PostgreSQL event store, TypeORM, access, organisation, projections. */
export async function startOrganisationTestApp(databaseName: string): Promise<OrganisationTestApp> {
  const databaseUrl = await recreateDatabase(databaseName);
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    SEED_ADMIN_EMAIL: TEST_ADMIN.email,
    SEED_ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl,
    applicationName: 'organisation-tests',
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES],
    migrations: [
      ...eventStoreMigrations,
      ...subscriptionMigrations,
      CreateIdempotencyRecords1767225700000,
      ...ACCESS_MIGRATIONS,
      ...ORGANISATION_MIGRATIONS,
    ],
  });
  await prepareDatabase({ ...dataSourceOptions, url: databaseUrl });
  const eventStore = createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 5 });

  @Global()
  @Module({ providers: [{ provide: EVENT_STORE, useValue: eventStore }], exports: [EVENT_STORE] })
  class TestEventStoreModule {}

  const moduleRef = await Test.createTestingModule({
    imports: [
      AppConfigModule.forRoot(config),
      ClockModule,
      HttpErrorsModule.forRoot({ mappers: [mapStaleRevision, mapForbiddenError] }),
      TypeOrmModule.forRoot(dataSourceOptions),
      TestEventStoreModule,
      EventSourcingModule,
      AccessModule,
      OrganisationApplicationModule,
      ProjectionsModule.forRoot({
        imports: [AccessModule, OrganisationApplicationModule],
        projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS],
      }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  app.setGlobalPrefix('api/v1');
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    dataSource: app.get(DataSource),
    eventStore,
    close: async () => {
      await app.close();
      await eventStore.close();
    },
  };
}

/** Test responses are read loosely; the assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface Reply {
  status: number;
  body: LooseJson;
  headers: Headers;
}

export async function call(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
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
