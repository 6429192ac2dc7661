import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ACCESS_ENTITIES, ACCESS_MIGRATIONS, ACCESS_PROJECTIONS, AccessModule, MemberAccounts, mapForbiddenError } from '@billing/access/application';
import { createPostgresEventStore, EVENT_STORE, eventStoreMigrations, subscriptionMigrations, type EventStore } from '@billing/event-store';
import { ORGANISATION_ENTITIES, ORGANISATION_MIGRATIONS, ORGANISATION_PROJECTIONS, OrganisationApplicationModule } from '@billing/organisation/application';
import { ORGANISATION_EVENT_SCHEMA_VERSIONS, organisationStreams, type MemberRole } from '@billing/organisation/domain';
import { awaitReadModel, CreateIdempotencyRecords1767225700000, EventSourcingModule, ProjectionsModule } from '@billing/shared/event-sourcing';
import { asId, SystemClock } from '@billing/shared/kernel';
import { AppConfigModule, buildDataSourceOptions, CLOCK, HttpErrorsModule, parseConfig, prepareDatabase } from '@billing/shared/nest';
import { AuditApplicationModule } from '../lib/audit-application.module';
import { AUDIT_ENTITIES, AUDIT_MIGRATIONS, AUDIT_PROJECTIONS } from '../lib/audit-persistence';

export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
export const ADMIN_ACTOR = '00000000-0000-4000-8000-00000000a0a0';

export interface AuditTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  dataSource: DataSource;
  eventStore: EventStore;
  close(): Promise<void>;
}

/** Drops `name` (start-up creates it again), failing loudly when PostgreSQL cannot be reached. */
export async function recreateDatabase(name: string): Promise<string> {
  const client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres`, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the audit tests need it): ${String(error)}`);
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
  ...AUDIT_MIGRATIONS,
];

/** A host like the api's with access, organisation (members log in) and audit, every projection running. */
export async function startAuditTestApp(databaseUrl: string): Promise<AuditTestApp> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
  const dataSourceOptions = buildDataSourceOptions({
    databaseUrl: config.databaseUrl,
    applicationName: 'audit-tests',
    entities: [...ACCESS_ENTITIES, ...ORGANISATION_ENTITIES, ...AUDIT_ENTITIES],
    migrations: MIGRATIONS,
  });
  await prepareDatabase({ ...dataSourceOptions, url: config.databaseUrl });
  const eventStore = createPostgresEventStore({ connectionString: config.databaseUrl, maxConnections: 5 });

  @Global()
  @Module({ providers: [{ provide: EVENT_STORE, useValue: eventStore }, { provide: CLOCK, useValue: new SystemClock() }], exports: [EVENT_STORE, CLOCK] })
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
        AuditApplicationModule,
        ProjectionsModule.forRoot({
          imports: [AccessModule, OrganisationApplicationModule, AuditApplicationModule],
          projections: [...ACCESS_PROJECTIONS, ...ORGANISATION_PROJECTIONS, ...AUDIT_PROJECTIONS],
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
      databaseUrl,
      dataSource: app.get(DataSource),
      eventStore,
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

export async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  if (!(await awaitReadModel(check, 30_000))) throw new Error(`timed out waiting for ${what}`);
}

/** A member written as the organisation context's own event, with an account, logged in. */
export async function loggedInMember(testApp: AuditTestApp, name: string, roles: MemberRole[]): Promise<{ memberId: string; token: string }> {
  const memberId = randomUUID();
  const email = `${name.toLowerCase()}.${memberId.slice(0, 8)}@example.com`;
  const password = `${name}-password-123`;
  await testApp.eventStore.append(
    organisationStreams.member(memberId),
    [
      {
        id: randomUUID(),
        type: 'member-registered',
        schemaVersion: ORGANISATION_EVENT_SCHEMA_VERSIONS['member-registered'],
        data: { memberId: asId(memberId), name, email, roles },
        metadata: { actor: ADMIN_ACTOR, occurredAt: new Date().toISOString(), correlationId: randomUUID() },
      },
    ],
    'any',
  );
  await until(`member ${name}`, async () => ((await testApp.dataSource.query('select 1 from access_members where member_id = $1', [memberId])) as unknown[]).length > 0);
  await testApp.app.get(MemberAccounts).createForMember({ memberId, email, name, password });
  const response = await fetch(`${testApp.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { accessToken?: string };
  if (response.status !== 200 || body.accessToken === undefined) throw new Error(`login of ${name} failed: ${response.status}`);
  return { memberId, token: body.accessToken };
}
