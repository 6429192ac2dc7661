import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, mapForbiddenError } from '@billing/access/application';
import { createPostgresEventStore, EVENT_STORE, eventStoreMigrations, subscriptionMigrations, type EventStore } from '@billing/event-store';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { CreateIdempotencyRecords1767225700000, EventSourcingModule, ProjectionsModule } from '@billing/shared/event-sourcing';
import { FixedClock } from '@billing/shared/kernel';
import { AppConfigModule, buildDataSourceOptions, CLOCK, HttpErrorsModule, parseConfig, prepareDatabase } from '@billing/shared/nest';
import { PaceApplicationModule } from '../lib/pace-application.module';
import { PaceRemindersModule } from '../lib/pace-reminders.module';
import { PACE_MIGRATIONS, PACE_PROJECTIONS } from '../lib/read-models';

export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface PaceTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  clock: FixedClock;
  close(): Promise<void>;
}

export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres`, connectionTimeoutMillis: 5000 });
  await client.connect();
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
  ...PACE_MIGRATIONS,
];

/**
 * A host like the api's with what Pace needs: PostgreSQL event store, access and organisation (members, teams, zone)
 * and Pace with its projection; BullMQ on real Redis under its own prefix; the reminder services (the worker's) too.
 */
export async function startPaceTestApp(options: { databaseUrl: string; now: string; queuePrefix: string; env?: Record<string, string> }): Promise<PaceTestApp> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: options.databaseUrl, REDIS_URL: TEST_REDIS_URL, ...options.env });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: 'pace-tests',
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES],
    migrations: MIGRATIONS,
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({ connectionString: config.databaseUrl, maxConnections: 5 });
  const clock = new FixedClock(options.now);

  @Global()
  @Module({ providers: [{ provide: EVENT_STORE, useValue: eventStore }, { provide: CLOCK, useValue: clock }], exports: [EVENT_STORE, CLOCK] })
  class TestInfrastructureModule {}

  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(config),
        HttpErrorsModule.forRoot({ mappers: [mapForbiddenError] }),
        TypeOrmModule.forRoot(dataSourceOptions),
        TestInfrastructureModule,
        EventSourcingModule,
        BullModule.forRoot({ connection: { url: TEST_REDIS_URL }, prefix: options.queuePrefix }),
        AccessModule,
        OrganisationApplicationModule,
        PaceApplicationModule,
        PaceRemindersModule,
        ProjectionsModule.forRoot({
          imports: [AccessModule, OrganisationApplicationModule, PaceApplicationModule],
          projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...PACE_PROJECTIONS],
        }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
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
