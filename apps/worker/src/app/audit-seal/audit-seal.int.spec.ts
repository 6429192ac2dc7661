import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AUDIT_MIGRATIONS } from '@billing/audit/application';
import { AUDIT_SEAL_STREAM, type AuditSealData } from '@billing/audit/contracts';
import { createPostgresEventStore, eventStoreMigrations, subscriptionMigrations, type EventStore } from '@billing/event-store';
import { SystemClock } from '@billing/shared/kernel';
import { AppConfigModule, buildDataSourceOptions, CLOCK, parseConfig, prepareDatabase, QUEUE_NAMES } from '@billing/shared/nest';
import { AUDIT_SEAL_SCHEDULER_ID } from './audit-seal-job';
import { AuditSealWorkerModule } from './audit-seal-worker.module';

const POSTGRES = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const DATABASE = 'billing_audit_seal_worker_test';
const PREFIX = `audit-seal-worker-test-${process.pid}`;

async function seals(store: EventStore): Promise<AuditSealData[]> {
  const read = await store.readStream(AUDIT_SEAL_STREAM);
  const found: AuditSealData[] = [];
  if (read.kind === 'found') for await (const event of read.events) found.push(event.data as AuditSealData);
  return found;
}

/** The worker registers the repeatable seal job at the configured interval and its processor appends signed seals. */
describe('audit seal job in the worker (real Redis and PostgreSQL)', () => {
  let store: EventStore;
  let worker: INestApplicationContext;
  let queue: Queue;

  beforeAll(async () => {
    const admin = new Client({ connectionString: `${POSTGRES}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.end();
    const databaseUrl = `${POSTGRES}/${DATABASE}`;
    const options = buildDataSourceOptions({ databaseUrl, applicationName: 'worker-tests', entities: [], migrations: [...eventStoreMigrations, ...subscriptionMigrations, ...AUDIT_MIGRATIONS] });
    await prepareDatabase({ ...options, url: databaseUrl });
    store = createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 2 });
    for (const stream of [`member-${randomUUID()}`, `client-${randomUUID()}`]) {
      await store.append(stream, [{ id: randomUUID(), type: 'test-happened', data: {}, metadata: { actor: 'test', occurredAt: new Date().toISOString(), correlationId: randomUUID() } }], 'no_stream');
    }

    const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, REDIS_URL, AUDIT_SEAL_INTERVAL_SECONDS: '30' });
    @Global()
    @Module({ providers: [{ provide: CLOCK, useValue: new SystemClock() }], exports: [CLOCK] })
    class TestClockModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule.forRoot(config), TestClockModule, BullModule.forRoot({ connection: { url: REDIS_URL }, prefix: PREFIX }), AuditSealWorkerModule],
    }).compile();
    worker = await moduleRef.init();
    queue = new Queue(QUEUE_NAMES.audit, { connection: { url: REDIS_URL }, prefix: PREFIX });
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await store?.close();
  });

  it('schedules the seal every AUDIT_SEAL_INTERVAL_SECONDS and records the heads of every stream in a signed seal', async () => {
    const deadline = Date.now() + 30_000;
    let scheduler = await queue.getJobScheduler(AUDIT_SEAL_SCHEDULER_ID);
    let recorded = await seals(store);
    while ((scheduler === undefined || recorded.length === 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      scheduler = await queue.getJobScheduler(AUDIT_SEAL_SCHEDULER_ID);
      recorded = await seals(store);
    }
    expect(Number(scheduler?.every)).toBe(30_000);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ streams: 2, events: 2 });
    expect(recorded[0]?.signature).toMatch(/^[0-9a-f]{64}$/);
  }, 40_000);
});
