import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
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
  CreateIdempotencyRecords1767225700000,
  EventSourcingModule,
  ProjectionsModule,
} from '@billing/shared/event-sourcing';
import {
  BILLING_MIGRATIONS,
  BILLING_PROJECTIONS,
  BillingApplicationModule,
} from '@billing/billing/application';
import {
  ORGANISATION_ENTITIES,
  ORGANISATION_MIGRATIONS,
  ORGANISATION_PROJECTIONS,
  OrganisationApplicationModule,
} from '@billing/organisation/application';
import { RatesApplicationModule } from '@billing/rates/application';
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
import { ReportingApplicationModule } from '../lib/reporting-application.module';
import {
  REPORTING_ENTITIES,
  REPORTING_MIGRATIONS,
  REPORTING_PROJECTIONS,
} from '../lib/reporting-persistence';

export const TEST_POSTGRES_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

export interface ReportTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  clock: FixedClock;
  /** Resolves once every projection has applied everything appended so far. */
  caughtUp(): Promise<void>;
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
      `PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the reporting tests need it): ${String(error)}`,
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
  ...REPORTING_MIGRATIONS,
];

/** What `withBilling` adds: the contexts whose HTTP APIs write entries, rates and invoices. */
const BILLING_HOST = {
  migrations: [
    ...ORGANISATION_MIGRATIONS,
    ...TIME_TRACKING_MIGRATIONS,
    ...BILLING_MIGRATIONS,
  ],
  entities: [...ORGANISATION_ENTITIES, ...TIME_TRACKING_ENTITIES],
  modules: [
    OrganisationApplicationModule,
    TimeTrackingApplicationModule,
    RatesApplicationModule,
    BillingApplicationModule,
  ],
  projectionModules: [
    OrganisationApplicationModule,
    TimeTrackingApplicationModule,
    BillingApplicationModule,
  ],
  projections: [
    ...ORGANISATION_PROJECTIONS,
    ...TIME_TRACKING_PROJECTIONS,
    ...BILLING_PROJECTIONS,
  ],
};

/**
 * A host like the api's, reduced to what reporting needs: PostgreSQL event store, TypeORM, the event-sourcing
 * plumbing, the access module (real logins and guards) and reporting, with the access and report projections running.
 * `withBilling` adds organisation, time tracking, rates and billing (their APIs and projections), for tests that
 * drive the whole flow over HTTP.
 */
export async function startReportTestApp(options: {
  databaseUrl: string;
  now: string;
  withBilling?: boolean;
}): Promise<ReportTestApp> {
  const extra = options.withBilling
    ? BILLING_HOST
    : {
        migrations: [],
        entities: [],
        modules: [],
        projectionModules: [],
        projections: [],
      };
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: options.databaseUrl,
  });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: 'reporting-tests',
    entities: [...ACCESS_ENTITIES, ...extra.entities, ...REPORTING_ENTITIES],
    migrations: [
      ...MIGRATIONS.slice(0, -REPORTING_MIGRATIONS.length),
      ...extra.migrations,
      ...REPORTING_MIGRATIONS,
    ],
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({
    connectionString: config.databaseUrl,
    maxConnections: options.withBilling ? 10 : 4,
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
        ...extra.modules,
        ReportingApplicationModule,
        ProjectionsModule.forRoot({
          imports: [
            AccessModule,
            ...extra.projectionModules,
            ReportingApplicationModule,
          ],
          projections: [
            ...ACCESS_PROJECTIONS,
            ...extra.projections,
            ...REPORTING_PROJECTIONS,
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
      caughtUp: async () => {
        // A marker appended after everything else: once both projections show it, they have applied all earlier
        // appends ($all is read in commit order, so nothing committed before the marker can still be on its way).
        const marker = randomUUID();
        await eventStore.append(
          `member-${marker}`,
          [
            {
              id: randomUUID(),
              type: 'member-registered',
              data: {
                memberId: marker,
                name: 'marker',
                email: `${marker}@marker.example.com`,
                roles: [],
              },
              metadata: {
                actor: 'test',
                occurredAt: new Date().toISOString(),
                correlationId: randomUUID(),
              },
            },
          ],
          'no_stream',
        );
        const dataSource = app.get(DataSource);
        const deadline = Date.now() + 30_000;
        for (;;) {
          const [row] = (await dataSource.query(
            `select exists (select 1 from rpt_members where member_id = $1) and exists (select 1 from access_members where member_id = $1) as seen`,
            [marker],
          )) as Array<{ seen: boolean }>;
          if (row?.seen) return;
          if (Date.now() > deadline)
            throw new Error('projections did not catch up within 30 s');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
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
