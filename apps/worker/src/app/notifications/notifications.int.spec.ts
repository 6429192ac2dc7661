import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createPostgresEventStore, eventStoreMigrations, subscriptionMigrations, SubscriptionRunner, type EventStore } from '@billing/event-store';
import { ORGANISATION_MIGRATIONS } from '@billing/organisation/application';
import { PACE_MIGRATIONS, PaceProjection, REMINDER_JOB_OPTIONS, verifyWebhookSignature } from '@billing/pace/application';
import { PACE_JOB_NAMES, type PaceReminderJob, type PaceWebhookPayload, type PaceWeeklySummaryJob, reminderJobId, weeklySummaryJobId } from '@billing/pace/contracts';
import { FixedClock } from '@billing/shared/kernel';
import { AppConfigModule, buildDataSourceOptions, CLOCK, parseConfig, prepareDatabase, QUEUE_NAMES } from '@billing/shared/nest';
import { NotificationsWorkerModule } from './notifications-worker.module';

const POSTGRES = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const DATABASE = 'billing_pace_worker_test';
const SECRET = 'worker-webhook-test-secret';
const PREFIX = `pace-worker-test-${process.pid}`;
const H = 3_600;

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The worker's notifications processor on real Redis (own prefix) and PostgreSQL: a reminder enqueued twice, retried
 * after a failing webhook, and enqueued again after it completed, goes out once and is recorded once; the weekly
 * summary goes out once per responsible and ISO week, however often the tick or a restart queues it.
 */
describe('notification jobs in the worker (real Redis and PostgreSQL)', () => {
  let databaseUrl: string;
  let store: EventStore;
  let dataSource: DataSource;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let projection: SubscriptionRunner;
  let webhook: Server;
  const hits: { body: string; signature: string | undefined; status: number }[] = [];
  const memberId = randomUUID();
  const responsibleId = randomUUID();
  const clock = new FixedClock('2026-03-03T08:00:00Z'); // Tuesday 09:00 in Berlin

  const append = (stream: string, type: string, data: unknown) =>
    store.append(stream, [{ id: randomUUID(), type, schemaVersion: 1, data, metadata: { actor: 'test', occurredAt: clock.now().toISOString(), correlationId: randomUUID() } }], 'any');
  const reminderEvents = async () => {
    const read = await store.readStream(`pace-member-${memberId}`);
    const types: string[] = [];
    if (read.kind === 'found') for await (const event of read.events) types.push(event.type);
    return types.filter((type) => type === 'pace-reminder-sent').length;
  };
  const notifications = async (recipientId = memberId) =>
    Number((await dataSource.query('select count(*) as count from notifications where recipient_id = $1', [recipientId]))[0].count);
  const webhookPayloads = (kind: PaceWebhookPayload['kind']) =>
    hits.filter((hit) => hit.status === 204).map((hit) => ({ ...hit, payload: JSON.parse(hit.body) as PaceWebhookPayload })).filter((hit) => hit.payload.kind === kind);

  beforeAll(async () => {
    webhook = createServer((message, response) => {
      const chunks: Buffer[] = [];
      message.on('data', (chunk: Buffer) => chunks.push(chunk));
      message.on('end', () => {
        const status = hits.length === 0 ? 500 : 204; // the first delivery fails: the job is retried
        hits.push({ body: Buffer.concat(chunks).toString('utf8'), signature: message.headers['x-pace-signature'] as string | undefined, status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const port = (webhook.address() as { port: number }).port;

    const admin = new Client({ connectionString: `${POSTGRES}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
    await admin.end();
    databaseUrl = `${POSTGRES}/${DATABASE}`;
    const options = buildDataSourceOptions({
      databaseUrl,
      applicationName: 'worker-tests',
      entities: [],
      migrations: [...eventStoreMigrations, ...subscriptionMigrations, ...ORGANISATION_MIGRATIONS, ...PACE_MIGRATIONS],
    });
    await prepareDatabase({ ...options, url: databaseUrl });
    dataSource = await new DataSource(options).initialize();
    store = createPostgresEventStore({ connectionString: databaseUrl, maxConnections: 3 });

    // The Pace read model, as the api's projection builds it: Berlin, 8 h a day, 2 h tracked on Monday 2 March.
    await append(`organisation-${randomUUID()}`, 'organisation-set-up', { organisationId: randomUUID(), timeZone: 'Europe/Berlin' });
    await append(`member-${memberId}`, 'member-registered', { memberId, name: 'Mia Member', email: 'mia@example.com', roles: ['member'] });
    await append(`pace-member-${memberId}`, 'work-schedule-set', { memberId, validFrom: '2026-03-01', weekdaySeconds: [8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 0, 0] });
    // Rita is responsible for Mia's team: she gets the weekly summary.
    const teamId = randomUUID();
    await append(`member-${responsibleId}`, 'member-registered', { memberId: responsibleId, name: 'Rita Responsible', email: 'rita@example.com', roles: ['responsible'] });
    await append(`team-${teamId}`, 'team-created', { teamId, name: 'Delivery', responsibleIds: [responsibleId] });
    await append(`team-membership-${memberId}`, 'member-assigned-to-team', { memberId, teamId, from: '2026-03-01' });
    const entryId = randomUUID();
    await append(`time-entry-${entryId}`, 'time-entry-logged', {
      entryId, memberId, startedAt: '2026-03-02T08:00:00Z', endedAt: '2026-03-02T10:00:00Z', durationSeconds: 2 * H,
    });
    // The Pace projection keeps running, as the api's does: the worker waits (up to 10 s) for it to see each
    // reminder it records.
    projection = new SubscriptionRunner(dataSource, store, [new PaceProjection()]);
    projection.start();
    await poll('the read model', () => dataSource.query("select tracked_seconds from pace_days where day = '2026-03-02' and team_id is not null"), (rows: unknown[]) => rows.length > 0);

    const config = parseConfig({
      NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, REDIS_URL,
      NOTIFICATION_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, NOTIFICATION_WEBHOOK_SECRET: SECRET,
    });
    @Global()
    @Module({ providers: [{ provide: CLOCK, useValue: clock }], exports: [CLOCK] })
    class TestClockModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot(config),
        TestClockModule,
        BullModule.forRoot({ connection: { url: REDIS_URL }, prefix: PREFIX }),
        BullModule.registerQueue({ name: QUEUE_NAMES.notifications }),
        NotificationsWorkerModule,
      ],
    }).compile();
    worker = await moduleRef.init();
    queue = new Queue(QUEUE_NAMES.notifications, { connection: { url: REDIS_URL }, prefix: PREFIX });
    events = new QueueEvents(QUEUE_NAMES.notifications, { connection: { url: REDIS_URL }, prefix: PREFIX });
    await events.waitUntilReady();
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await projection?.stop();
    await store?.close();
    await dataSource?.destroy();
    await new Promise((resolve) => webhook?.close(resolve));
  });

  it('sends a reminder once though enqueued twice and retried after a failed delivery', async () => {
    const job: PaceReminderJob = { kind: 'pace-reminder', memberId, on: '2026-03-02', source: 'schedule' };
    const jobId = reminderJobId(memberId, '2026-03-02');
    const options = { ...REMINDER_JOB_OPTIONS, backoff: { type: 'exponential', delay: 200 }, jobId };
    const first = await queue.add(PACE_JOB_NAMES.reminder, job, options);
    const second = await queue.add(PACE_JOB_NAMES.reminder, job, options);
    expect(second.id).toBe(first.id);
    expect(await first.waitUntilFinished(events, 20_000)).toBe('sent');
    const finished = await queue.getJob(jobId);
    expect(finished?.attemptsMade).toBe(2); // webhook 500, then 204

    // The same job once more, as after a restart that lost the queue: the stream already records the reminder.
    await finished?.remove();
    const again = await queue.add(PACE_JOB_NAMES.reminder, job, options);
    expect(await again.waitUntilFinished(events, 20_000)).toBe('already-sent');

    expect(await reminderEvents()).toBe(1);
    expect(await notifications()).toBe(1);
    expect(hits.map((hit) => hit.status)).toEqual([500, 204]);
    const delivered = hits[1];
    expect(verifyWebhookSignature(delivered?.body ?? '', SECRET, delivered?.signature)).toBe(true);
    expect(JSON.parse(delivered?.body ?? '{}')).toMatchObject({
      id: jobId,
      kind: 'pace-reminder',
      data: { recipientId: memberId, on: '2026-03-02', expectedSeconds: 28_800, trackedSeconds: 7_200, missingSeconds: 21_600 },
    });
  });

  it('the daily tick run twice at the reminder hour queues each reminder once', async () => {
    // Wednesday 4 March 09:00 in Berlin (08:00Z): Tuesday 3rd had 8 h expected and nothing tracked.
    clock.set('2026-03-04T08:00:00Z');
    const ticks = [await queue.add(PACE_JOB_NAMES.tick, { kind: 'pace-reminder-tick' }), await queue.add(PACE_JOB_NAMES.tick, { kind: 'pace-reminder-tick' })];
    const results = [];
    for (const tick of ticks) results.push(await tick.waitUntilFinished(events, 20_000));
    expect(results.map((result) => result.reminders)).toEqual([[reminderJobId(memberId, '2026-03-03')], [reminderJobId(memberId, '2026-03-03')]]);
    const reminder = await queue.getJob(reminderJobId(memberId, '2026-03-03'));
    expect(await reminder?.waitUntilFinished(events, 20_000)).toBe('sent');
    expect(await reminderEvents()).toBe(2); // the 2nd and the 3rd, once each
    expect(await notifications()).toBe(2);
    // the hourly tick is scheduled (a delayed repeat job), nothing else is pending
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual(['pace-reminder-tick']);
  });

  it("on the week's first working day each responsible gets one summary of the past week, however often it is queued", async () => {
    // Monday 9 March 09:00 in Berlin: the tick summarises ISO week 2026-W10 (2-8 March) for Rita.
    clock.set('2026-03-09T08:00:00Z');
    const ticks = [await queue.add(PACE_JOB_NAMES.tick, { kind: 'pace-reminder-tick' }), await queue.add(PACE_JOB_NAMES.tick, { kind: 'pace-reminder-tick' })];
    const results = [];
    for (const tick of ticks) results.push(await tick.waitUntilFinished(events, 20_000));
    expect(results.map((result) => result.summaries)).toEqual([[responsibleId], [responsibleId]]);
    const jobId = weeklySummaryJobId(responsibleId, '2026-W10');
    const summary = await queue.getJob(jobId);
    expect(summary?.data).toEqual({ kind: 'pace-weekly-summary', responsibleId, week: '2026-W10' });
    await summary?.waitUntilFinished(events, 20_000);

    // The same summary once more, as after a restart that lost the queue: every channel already delivered it.
    await (await queue.getJob(jobId))?.remove();
    const job: PaceWeeklySummaryJob = { kind: 'pace-weekly-summary', responsibleId, week: '2026-W10' };
    const again = await queue.add(PACE_JOB_NAMES.weeklySummary, job, { ...REMINDER_JOB_OPTIONS, jobId });
    await again.waitUntilFinished(events, 20_000);
    expect((await queue.getJob(jobId))?.finishedOn).toBeGreaterThan(0);

    expect(await notifications(responsibleId)).toBe(1);
    const [row] = await dataSource.query('select title, body from notifications where recipient_id = $1', [responsibleId]);
    expect(row.title).toBe('Pace 2026-W10: 1 of 1 behind');
    const delivered = webhookPayloads('pace-weekly-summary');
    expect(delivered).toHaveLength(1);
    expect(verifyWebhookSignature(delivered[0]?.body ?? '', SECRET, delivered[0]?.signature)).toBe(true);
    // Mon-Fri 8 h = 144,000 s expected; 2 h (7,200 s) tracked on Monday 2nd; missing 144,000 - 7,200 = 136,800 s.
    expect(delivered[0]?.payload).toMatchObject({
      id: jobId,
      kind: 'pace-weekly-summary',
      data: {
        recipientId: responsibleId,
        week: '2026-W10',
        members: [{ memberId, name: 'Mia Member', expectedSeconds: 144_000, trackedSeconds: 7_200, missingSeconds: 136_800 }],
        behind: [memberId],
      },
    });
  });
});
