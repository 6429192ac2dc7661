import { Global, Module, type ModuleMetadata, type Provider, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createPostgresEventStore, EVENT_STORE, eventStoreMigrations, subscriptionMigrations, type EventStore, type Projection } from '@billing/event-store';
import { FixedClock, SystemClock } from '@billing/shared/kernel';
import {
  type AppConfig,
  AppConfigModule,
  buildDataSourceOptions,
  CLOCK,
  HttpErrorsModule,
  type HttpErrorMapper,
  parseConfig,
  prepareDatabase,
} from '@billing/shared/nest';
import { CreateIdempotencyRecords1767225700000 } from '../lib/idempotency/idempotency.migration';
import { EventSourcingModule } from '../lib/event-sourcing.module';
import { ProjectionsModule } from '../lib/projections/projections.module';

type ModuleImport = NonNullable<ModuleMetadata['imports']>[number];
type DataSourceSettings = Parameters<typeof buildDataSourceOptions>[0];
type Entities = NonNullable<DataSourceSettings['entities']>;
type Migrations = NonNullable<DataSourceSettings['migrations']>;

export interface TestHostOptions {
  /** What the host is for (`closing`): names its connections and its failures. */
  purpose: string;
  databaseUrl: string;
  /** The contexts' modules under test; they are also what provides their projections. */
  modules: ModuleImport[];
  projections: Type<Projection>[];
  entities: Entities;
  /** The contexts' migrations; the event store's, the checkpoints' and the idempotency records' run first. */
  migrations: Migrations;
  /** A clock standing still at this instant (tests move it); the system clock when left out. */
  now?: string;
  /** Extra configuration variables, as the api reads them from the environment. */
  env?: Record<string, string>;
  errorMappers?: readonly HttpErrorMapper[];
  /** Extra global providers (for example a stub of a port another context fills in the api). */
  providers?: Provider[];
  /** Extra modules imported beside the contexts' (controllers under test). */
  extraImports?: ModuleImport[];
  maxEventStoreConnections?: number;
}

export interface TestHost {
  app: NestExpressApplication;
  config: AppConfig;
  /** `http://127.0.0.1:<port>/api/v1` */
  baseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  /** The standing clock when `now` was given. */
  clock: FixedClock;
  close(): Promise<void>;
}

/**
 * A host composed like the api, reduced to the contexts under test: real PostgreSQL event store and read models,
 * the event-sourcing plumbing, every given projection following the store, listening on a free port.
 */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: options.databaseUrl, ...options.env });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: `${options.purpose}-tests`,
    entities: options.entities,
    migrations: [...eventStoreMigrations, ...subscriptionMigrations, CreateIdempotencyRecords1767225700000, ...options.migrations],
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({ connectionString: config.databaseUrl, maxConnections: options.maxEventStoreConnections ?? 5 });
  const clock = new FixedClock(options.now ?? new Date().toISOString());

  @Global()
  @Module({
    providers: [
      { provide: EVENT_STORE, useValue: eventStore },
      { provide: CLOCK, useValue: options.now === undefined ? new SystemClock() : clock },
      ...(options.providers ?? []),
    ],
    exports: [EVENT_STORE, CLOCK, ...(options.providers ?? [])],
  })
  class TestInfrastructureModule {}

  try {
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(config),
        HttpErrorsModule.forRoot({ mappers: options.errorMappers ?? [] }),
        TypeOrmModule.forRoot(dataSourceOptions),
        TestInfrastructureModule,
        EventSourcingModule,
        ...options.modules,
        ...(options.extraImports ?? []),
        ProjectionsModule.forRoot({ imports: options.modules, projections: options.projections }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    app.setGlobalPrefix('api/v1');
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return {
      app,
      config,
      baseUrl: `http://127.0.0.1:${port}/api/v1`,
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
