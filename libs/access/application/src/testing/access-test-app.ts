import { Global, Module, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  createPostgresEventStore,
  EVENT_STORE,
  eventStoreMigrations,
  subscriptionMigrations,
  type EventStore,
} from '@billing/event-store';
import {
  CreateIdempotencyRecords1767225700000,
  EventSourcingModule,
  ProjectionsModule,
} from '@billing/shared/event-sourcing';
import {
  AppConfig,
  AppConfigModule,
  buildDataSourceOptions,
  ClockModule,
  HttpErrorsModule,
  parseConfig,
  prepareDatabase,
} from '@billing/shared/nest';
import { AccessModule } from '../lib/access.module';
import {
  ACCESS_ENTITIES,
  ACCESS_MIGRATIONS,
  ACCESS_PROJECTIONS,
} from '../lib/access-persistence';
import { mapForbiddenError } from '../lib/authorization/forbidden-response';

export const TEST_POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

/** Test responses are read loosely; the assertions check the shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface AccessTestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  close(): Promise<void>;
}

/** Drops `name` (the app's start-up creates it again), failing loudly when PostgreSQL cannot be reached. */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({
    connectionString: `${TEST_POSTGRES_URL}/postgres`,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the access tests need it): ${String(error)}`,
    );
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  return `${TEST_POSTGRES_URL}/${name}`;
}

const MIGRATIONS = [
  ...eventStoreMigrations,
  ...subscriptionMigrations,
  CreateIdempotencyRecords1767225700000,
  ...ACCESS_MIGRATIONS,
];

/**
 * A host like the api's, reduced to what the access context needs: PostgreSQL event store, TypeORM, the
 * event-sourcing plumbing, the access module with its projections, and any extra controllers under test.
 */
export async function startAccessTestApp(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  controllers?: Type[];
}): Promise<AccessTestApp> {
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: options.databaseUrl,
    ...options.env,
  });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: 'access-tests',
    entities: ACCESS_ENTITIES,
    migrations: MIGRATIONS,
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({
    connectionString: config.databaseUrl,
    maxConnections: 3,
  });

  @Global()
  @Module({
    providers: [{ provide: EVENT_STORE, useValue: eventStore }],
    exports: [EVENT_STORE],
  })
  class TestEventStoreModule {}

  @Module({ imports: [AccessModule], controllers: options.controllers ?? [] })
  class ControllersUnderTest {}

  try {
    return await startNest(config, dataSourceOptions, eventStore, [
      TestEventStoreModule,
      ControllersUnderTest,
    ]);
  } catch (error) {
    await eventStore.close();
    throw error;
  }
}

async function startNest(
  config: AppConfig,
  dataSourceOptions: ReturnType<typeof buildDataSourceOptions>,
  eventStore: EventStore,
  [TestEventStoreModule, ControllersUnderTest]: [Type, Type],
): Promise<AccessTestApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppConfigModule.forRoot(config),
      ClockModule,
      HttpErrorsModule.forRoot({ mappers: [mapForbiddenError] }),
      TypeOrmModule.forRoot(dataSourceOptions),
      TestEventStoreModule,
      EventSourcingModule,
      AccessModule,
      ProjectionsModule.forRoot({
        imports: [AccessModule],
        projections: ACCESS_PROJECTIONS,
      }),
      ControllersUnderTest,
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: false,
  });
  app.setGlobalPrefix('api/v1');
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}/api/v1`,
    dataSource: app.get(DataSource),
    eventStore,
    close: async () => {
      await app.close();
      await eventStore.close();
    },
  };
}

export async function requestJson(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  options: { body?: unknown; token?: string } = {},
): Promise<{ status: number; body: LooseJson }> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(options.body === undefined
        ? {}
        : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    ...(options.body === undefined
      ? {}
      : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
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
