import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  ACCESS_ENTITIES,
  ACCESS_MIGRATIONS,
  ACCESS_PROJECTIONS,
  AccessModule,
  mapForbiddenError,
} from '@billing/access/application';
import {
  createPostgresEventStore,
  EVENT_STORE,
  eventStoreMigrations,
  subscriptionMigrations,
  type EventStore,
} from '@billing/event-store';
import {
  ORGANISATION_ENTITIES,
  ORGANISATION_MIGRATIONS,
  ORGANISATION_PROJECTIONS,
  OrganisationApplicationModule,
} from '@billing/organisation/application';
import { RatesApplicationModule } from '@billing/rates/application';
import {
  CreateIdempotencyRecords1767225700000,
  EventSourcingModule,
  ProjectionsModule,
} from '@billing/shared/event-sourcing';
import { FixedClock } from '@billing/shared/kernel';
import {
  AppConfigModule,
  buildDataSourceOptions,
  CLOCK,
  HttpErrorsModule,
  parseConfig,
  prepareDatabase,
} from '@billing/shared/nest';
import {
  TIME_TRACKING_ENTITIES,
  TIME_TRACKING_MIGRATIONS,
  TIME_TRACKING_PROJECTIONS,
  TimeTrackingApplicationModule,
} from '@billing/time-tracking/application';
import { BillingApplicationModule } from '../lib/billing-application.module';
import { BILLING_MIGRATIONS, BILLING_PROJECTIONS } from '../lib/read-models';

export const TEST_POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

export interface BillingTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  clock: FixedClock;
  close(): Promise<void>;
}

/** Drops `name` (start-up creates it again), failing loudly when PostgreSQL cannot be reached. */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({
    connectionString: `${TEST_POSTGRES_URL}/postgres`,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the billing tests need it): ${String(error)}`,
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
  ...ORGANISATION_MIGRATIONS,
  ...TIME_TRACKING_MIGRATIONS,
  ...BILLING_MIGRATIONS,
];

/**
 * A host like the api's with what billing needs: the PostgreSQL event store, access (real tokens and guards), the
 * organisation and time tracking (entries are written through their HTTP API), rates and billing, every
 * projection running. The clock stands still until a test moves it.
 */
export async function startBillingTestApp(options: {
  databaseUrl: string;
  now: string;
}): Promise<BillingTestApp> {
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: options.databaseUrl,
  });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: 'billing-tests',
    entities: [
      ...ACCESS_ENTITIES,
      ...ORGANISATION_ENTITIES,
      ...TIME_TRACKING_ENTITIES,
    ],
    migrations: MIGRATIONS,
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({
    connectionString: config.databaseUrl,
    maxConnections: 10,
  });
  const clock = new FixedClock(options.now);

  @Global()
  @Module({
    providers: [
      { provide: EVENT_STORE, useValue: eventStore },
      { provide: CLOCK, useValue: clock },
    ],
    exports: [EVENT_STORE, CLOCK],
  })
  class TestInfrastructureModule {}

  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(config),
        HttpErrorsModule.forRoot({ mappers: [mapForbiddenError] }),
        TypeOrmModule.forRoot(dataSourceOptions),
        TestInfrastructureModule,
        EventSourcingModule,
        AccessModule,
        OrganisationApplicationModule,
        TimeTrackingApplicationModule,
        RatesApplicationModule,
        BillingApplicationModule,
        ProjectionsModule.forRoot({
          imports: [
            AccessModule,
            OrganisationApplicationModule,
            TimeTrackingApplicationModule,
            BillingApplicationModule,
          ],
          projections: [
            ...ACCESS_PROJECTIONS,
            ...ORGANISATION_PROJECTIONS,
            ...TIME_TRACKING_PROJECTIONS,
            ...BILLING_PROJECTIONS,
          ],
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({
      logger: false,
    });
    app.setGlobalPrefix('api/v1');
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return {
      app,
      baseUrl: `http://127.0.0.1:${address.port}/api/v1`,
      dataSource: app.get(DataSource),
      eventStore,
      clock,
      close: async () => {
        await app.close();
        await eventStore.close();
      },
    };
  } catch (error) {
    await eventStore.close();
    throw error;
  }
}
