import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { Queue } from 'bullmq';
import { ProjectionHost } from '@billing/shared/event-sourcing';
import { ReminderSender } from '../reminders/reminder-sender';
import { verifyWebhookSignature } from '../notifications/webhook-signature';
import { PACE_PROJECTION } from '../read-model/pace.projection';
import { type PaceTestApp, recreateDatabase, startPaceTestApp } from '../../testing/pace-test-app';
import { request } from '@billing/shared/testing';
import { OrganisationFixture, type TestMember } from '../../testing/organisation-fixture';

const H = 3_600;
const FULL = [8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 0, 0];
const HALF = [4 * H, 4 * H, 4 * H, 4 * H, 4 * H, 0, 0];
const WEBHOOK_SECRET = 'pace-webhook-test-secret';
const PREFIX = `pace-test-${process.pid}`;

interface Received {
  body: string;
  signature: string | undefined;
}

function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * Pace on real PostgreSQL and Redis, organisation in Berlin, March 2026 (1 March is a Sunday). Alice: full time,
 * half time from Monday 16th, half a day off on the 10th, a holiday on Friday 20th. Bob joins on Wednesday 18th.
 */
describe('Pace read model and API (real PostgreSQL, Berlin)', () => {
  let api: PaceTestApp;
  let org: OrganisationFixture;
  let admin: TestMember;
  let fin: TestMember;
  let rita: TestMember;
  let alice: TestMember;
  let bob: TestMember;
  let teamA: string;
  let webhook: Server;
  const received: Received[] = [];
  const url = (path: string) => `${api.baseUrl}${path}`;
  const get = (who: TestMember, path: string) => request('GET', url(path), { token: who.token });

  beforeAll(async () => {
    webhook = createServer((message, response) => {
      void readBody(message).then((body) => {
        received.push({ body, signature: message.headers['x-pace-signature'] as string | undefined });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const port = (webhook.address() as { port: number }).port;
    api = await startPaceTestApp({
      databaseUrl: await recreateDatabase('billing_pace_test'),
      now: '2026-03-31T10:00:00Z',
      queuePrefix: PREFIX,
      env: { NOTIFICATION_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`, NOTIFICATION_WEBHOOK_SECRET: WEBHOOK_SECRET },
    });
    org = new OrganisationFixture(api);
    await org.setUp('Europe/Berlin');
    admin = await org.member('Ada Admin', ['admin']);
    fin = await org.member('Fay Finance', ['finance']);
    rita = await org.member('Rita Responsible', ['responsible']);
    alice = await org.member('Alice Member', ['member']);
    bob = await org.member('Bob Member', ['member']);
    teamA = await org.team([rita.memberId], [alice.memberId], '2026-01-01');
    await org.team([], [bob.memberId], '2026-01-01');
    rita = await org.relogin(rita);

    const put = (who: TestMember, memberId: string, body: unknown) => request('PUT', url(`/members/${memberId}/schedule`), { token: who.token, body });
    expect((await put(admin, alice.memberId, { validFrom: '2026-03-01', weekdaySeconds: FULL })).status).toBe(200);
    const changed = await put(admin, alice.memberId, { validFrom: '2026-03-16', weekdaySeconds: HALF });
    expect(changed.status).toBe(200);
    expect(changed.body.history.map((version: { validFrom: string }) => version.validFrom)).toEqual(['2026-03-01', '2026-03-16']);
    expect(changed.body.current).toMatchObject({ validFrom: '2026-03-16', weeklySeconds: 72_000 });
    expect((await put(admin, bob.memberId, { validFrom: '2026-03-18', weekdaySeconds: FULL })).status).toBe(200);
    const off = await request('POST', url(`/members/${alice.memberId}/time-off`), { token: admin.token, body: { from: '2026-03-10', secondsPerDay: 4 * H, note: 'dentist' } });
    expect(off.status).toBe(201);
    const holiday = await request('POST', url('/holidays'), { token: admin.token, body: { date: '2026-03-20', name: "Founders' Day" } });
    expect(holiday.status).toBe(201);
    await org.entry(alice.memberId, '2026-03-02T08:00:00Z', 8 * H); // Monday 2nd, 09:00 CET
    await org.entry(alice.memberId, '2026-03-02T23:30:00Z', 2 * H); // Tuesday 3rd 00:30 CET (still the 2nd in UTC)
    await org.until('the entries', "select 1 from pace_days where member_id = $1 and day = '2026-03-03' and tracked_seconds > 0", [alice.memberId]);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    const queue = new Queue('notifications', { connection: { url: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379' }, prefix: PREFIX });
    await queue.obliterate({ force: true });
    await queue.close();
    await new Promise((resolve) => webhook?.close(resolve));
  });

  it('a member\'s month: schedule change, half day off, holiday, entries on their local day', async () => {
    const month = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-03-01&to=2026-03-31&rollup=month`);
    expect(month.status).toBe(200);
    // full time 2-13: 10 x 8 h = 80 h - 4 h off = 76 h; half time 16-31: 12 x 4 h = 48 h - 4 h (holiday 20th) = 44 h
    // 76 h + 44 h = 120 h = 432,000 s; tracked 8 h + 2 h = 36,000 s
    expect(month.body.total).toEqual({ expectedSeconds: 432_000, trackedSeconds: 36_000, missingSeconds: 396_000, behind: true });
    const days = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-03-02&to=2026-03-08&rollup=day`);
    expect(days.body.buckets.slice(0, 2)).toEqual([
      { key: '2026-03-02', from: '2026-03-02', to: '2026-03-02', expectedSeconds: 28_800, trackedSeconds: 28_800, missingSeconds: 0, behind: false },
      // the 00:30 CET entry belongs to Tuesday: 8 h expected, 2 h tracked, 6 h missing
      { key: '2026-03-03', from: '2026-03-03', to: '2026-03-03', expectedSeconds: 28_800, trackedSeconds: 7_200, missingSeconds: 21_600, behind: true },
    ]);
    const week = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-03-09&to=2026-03-22&rollup=week`);
    expect(week.body.buckets.map((bucket: { key: string; expectedSeconds: number }) => [bucket.key, bucket.expectedSeconds])).toEqual([
      ['2026-W11', 129_600], // 4 x 8 h + (8 h - 4 h off) = 36 h
      ['2026-W12', 57_600], // 4 x 4 h (Friday 20th is a holiday) = 16 h
    ]);
  });

  it('a member who joins mid-month: nothing expected before the first schedule', async () => {
    const month = await get(fin, `/pace?scope=member&id=${bob.memberId}&from=2026-03-01&to=2026-03-31&rollup=week`);
    // 18, 19 (20th is the holiday), 23-27, 30-31: 9 x 8 h = 72 h = 259,200 s
    expect(month.body.total.expectedSeconds).toBe(259_200);
    expect(month.body.buckets.find((bucket: { key: string }) => bucket.key === '2026-W11').expectedSeconds).toBe(0);
  });

  it('team and organisation roll-ups, within the caller\'s reach', async () => {
    const team = await get(rita, `/pace?scope=team&id=${teamA}&from=2026-03-01&to=2026-03-31&rollup=month`);
    expect(team.status).toBe(200);
    expect(team.body.members.map((member: { name: string }) => member.name)).toEqual(['Alice Member']);
    const organisation = await get(rita, '/pace?scope=organisation&from=2026-03-01&to=2026-03-31&rollup=month');
    expect(organisation.body.total.expectedSeconds).toBe(432_000); // Bob's days are outside Rita's teams
    const everything = await get(fin, '/pace?scope=organisation&from=2026-03-01&to=2026-03-31&rollup=month');
    expect(everything.body.total.expectedSeconds).toBe(432_000 + 259_200);
    expect((await get(rita, `/pace?scope=member&id=${bob.memberId}&from=2026-03-01&to=2026-03-31`)).status).toBe(403);
    expect((await get(alice, `/pace?scope=member&id=${bob.memberId}&from=2026-03-01&to=2026-03-31`)).status).toBe(403);
    expect((await get(alice, '/pace?scope=team&from=2026-03-01&to=2026-03-31')).status).toBe(400);
  });

  it('lists members behind for the caller\'s scope', async () => {
    const forRita = await get(rita, '/pace/behind?on=2026-03-20');
    expect(forRita.status).toBe(200);
    expect(forRita.body.members.map((member: { name: string }) => member.name)).toEqual(['Alice Member']);
    const forFinance = await get(fin, '/pace/behind?on=2026-03-20');
    expect(forFinance.body.members.map((member: { name: string }) => member.name).sort()).toEqual(['Alice Member', 'Bob Member']);
    // Bob to the 20th: 18th and 19th, 16 h expected, nothing tracked
    expect(forFinance.body.members.find((member: { name: string }) => member.name === 'Bob Member').toDate).toMatchObject({ expectedSeconds: 57_600, trackedSeconds: 0 });
  });

  it('rebuilds to the same rows whatever the order of the inputs', async () => {
    const before = await api.dataSource.query('select * from pace_days order by member_id, day');
    await api.app.get(ProjectionHost).rebuild(PACE_PROJECTION);
    await org.until('the rebuild', "select 1 from pace_days where member_id = $1 and day = '2026-03-03' and tracked_seconds > 0", [alice.memberId]);
    const after = await api.dataSource.query('select * from pace_days order by member_id, day');
    expect(after).toEqual(before);
  });

  it('cancelling time off brings the hours back', async () => {
    const list = await get(admin, `/members/${alice.memberId}/time-off`);
    const cancelled = await request('DELETE', url(`/members/${alice.memberId}/time-off/${list.body.items[0].id}`), { token: admin.token });
    expect(cancelled.body.items).toEqual([]);
    const day = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-03-10&to=2026-03-10`);
    expect(day.body.total.expectedSeconds).toBe(28_800);
  });

  it('imports holidays from ICS text (twice: nothing new)', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:good-friday',
      'DTSTART;VALUE=DATE:20260403',
      'DTEND;VALUE=DATE:20260404',
      'SUMMARY:Good Friday',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:meeting',
      'DTSTART:20260402T100000Z',
      'DTEND:20260402T110000Z',
      'SUMMARY:Meeting',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const first = await request('POST', url('/holidays/import'), { token: admin.token, body: { ics, year: 2026 } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ added: [{ date: '2026-04-03', name: 'Good Friday' }], skipped: [{ summary: 'Meeting', reason: 'not an all-day event' }] });
    const second = await request('POST', url('/holidays/import'), { token: admin.token, body: { ics, year: 2026 } });
    expect(second.body.added).toEqual([]);
    expect(second.body.unchanged).toEqual([{ date: '2026-04-03', name: 'Good Friday' }]);
    const year = await get(alice, '/holidays?year=2026');
    expect(year.body.holidays.map((holiday: { date: string }) => holiday.date)).toEqual(['2026-03-20', '2026-04-03']);
  });

  it('"remind" queues one job per member and day; a responsible reaches only their teams', async () => {
    const first = await request('POST', url(`/pace/behind/${alice.memberId}/remind`), { token: rita.token, body: { on: '2026-03-03' } });
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ jobId: `reminder:${alice.memberId}:2026-03-03`, memberId: alice.memberId, on: '2026-03-03', status: 'queued' });
    const again = await request('POST', url(`/pace/behind/${alice.memberId}/remind`), { token: rita.token, body: { on: '2026-03-03' } });
    expect(again.body.status).toBe('already-queued');
    expect((await request('POST', url(`/pace/behind/${bob.memberId}/remind`), { token: rita.token, body: {} })).status).toBe(403);
    expect((await request('POST', url(`/pace/behind/${alice.memberId}/remind`), { token: alice.token, body: {} })).status).toBe(403);
  });

  it('sends a reminder once (in-app, signed webhook) and records it as an event', async () => {
    const sender = api.app.get(ReminderSender);
    const job = { kind: 'pace-reminder' as const, memberId: alice.memberId, on: '2026-03-03', source: 'schedule' as const };
    expect(await sender.send(job)).toBe('sent');
    expect(await sender.send(job)).toBe('already-sent');
    const stream = await api.eventStore.readStream(`pace-member-${alice.memberId}`);
    const types: string[] = [];
    if (stream.kind === 'found') for await (const event of stream.events) types.push(event.type);
    expect(types.filter((type) => type === 'pace-reminder-sent')).toHaveLength(1);

    expect(received).toHaveLength(1);
    const delivery = received[0];
    expect(verifyWebhookSignature(delivery?.body ?? '', WEBHOOK_SECRET, delivery?.signature)).toBe(true);
    expect(verifyWebhookSignature(delivery?.body ?? '', 'another-secret-entirely', delivery?.signature)).toBe(false);
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({
      id: `reminder:${alice.memberId}:2026-03-03`,
      kind: 'pace-reminder',
      data: { recipientId: alice.memberId, on: '2026-03-03', expectedSeconds: 28_800, trackedSeconds: 7_200, missingSeconds: 21_600 },
    });

    const inbox = await get(alice, '/notifications');
    expect(inbox.body.unread).toBe(1);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'pace-reminder', title: 'Your hours for 2026-03-03 are incomplete' });
    const read = await request('POST', url(`/notifications/${inbox.body.items[0].id}/read`), { token: alice.token });
    expect(read.body.readAt).not.toBeNull();
    expect((await request('POST', url(`/notifications/${inbox.body.items[0].id}/read`), { token: bob.token })).status).toBe(404);
    expect((await get(alice, '/notifications')).body.unread).toBe(0);
    const behind = await get(rita, '/pace/behind?on=2026-03-20');
    expect(behind.body.members[0].lastRemindedFor).toBe('2026-03-03');
  });

  it('counts an adjusting entry on the day it is posted (net hours); the adjusted day keeps its figures', async () => {
    const march4 = await org.entry(alice.memberId, '2026-03-04T08:00:00Z', 2 * H); // Wednesday 4 March, full time: 8 h expected
    await org.until('the entry', "select 1 from pace_days where member_id = $1 and day = '2026-03-04' and tracked_seconds = $2", [alice.memberId, 2 * H]);
    // -1,800 s posted on Wednesday 1 April, which starts at 2026-03-31T22:00Z in Berlin (CEST)
    await org.append(`time-entry-${randomUUID()}`, [
      {
        type: 'time-entry-adjustment-posted',
        data: {
          entryId: randomUUID(),
          adjustsEntryId: march4,
          memberId: alice.memberId,
          projectId: randomUUID(),
          taskId: null,
          description: 'work',
          tags: [],
          billable: true,
          day: '2026-04-01',
          startedAt: '2026-03-31T22:00:00Z',
          durationSeconds: -1_800,
          reason: 'half an hour was a break',
          recordedAt: '2026-04-02T08:00:00Z',
        },
      },
    ]);
    await org.until('the adjustment', "select 1 from pace_days where member_id = $1 and day = '2026-04-01' and tracked_seconds = -1800", [alice.memberId]);
    const april1 = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-04-01&to=2026-04-01`);
    // half time: 4 h = 14,400 s expected; tracked -1,800 s; missing 14,400 + 1,800 = 16,200 s
    expect(april1.body.total).toEqual({ expectedSeconds: 14_400, trackedSeconds: -1_800, missingSeconds: 16_200, behind: true });
    const march4Day = await get(alice, `/pace?scope=member&id=${alice.memberId}&from=2026-03-04&to=2026-03-04`);
    expect(march4Day.body.total).toMatchObject({ expectedSeconds: 28_800, trackedSeconds: 7_200 });
  });
});
