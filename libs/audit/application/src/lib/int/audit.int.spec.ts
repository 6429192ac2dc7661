import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { request } from '@billing/shared/testing';
import { loggedInMember, recreateDatabase, startAuditTestApp, until, type AuditTestApp } from '../../testing/audit-test-app';
import { writeEditedEntry, type EntryFixture } from './time-entry-fixture';

jest.setTimeout(60_000);

describe('audit API (real PostgreSQL)', () => {
  let testApp: AuditTestApp;
  let auditor: { memberId: string; token: string };
  let member: { memberId: string; token: string };
  let editorId: string;
  let entry: EntryFixture;

  const get = (path: string, token = auditor.token) => request('GET', `${testApp.baseUrl}${path}`, { token });
  const auditLogRows = async (stream: string) =>
    Number((await testApp.dataSource.query('select count(*)::int as n from audit_log where stream = $1', [stream]))[0].n);

  beforeAll(async () => {
    testApp = await startAuditTestApp(await recreateDatabase('billing_audit_test'));
    auditor = await loggedInMember(testApp, 'Auditor', ['auditor']);
    member = await loggedInMember(testApp, 'Member', ['member']);
    editorId = randomUUID();
    entry = await writeEditedEntry(testApp.eventStore, member.memberId, editorId);
    await until('the entry in the audit log', async () => (await auditLogRows(entry.stream)) === 3);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('lists the log newest first and pages with the cursor', async () => {
    const first = await get(`/audit/events?stream=${entry.stream}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { revision: number }) => item.revision)).toEqual([2, 1]);
    expect(first.body.items[0]).toMatchObject({
      entityType: 'time-entry',
      entityId: entry.entryId,
      eventType: 'time-entry-edited',
      schemaVersion: 1,
      actor: editorId,
      occurredAt: '2026-01-13T08:00:00.000Z',
      reason: 'internal workshop, not billable',
      correlationId: entry.correlationId,
    });
    expect(typeof first.body.items[0].position).toBe('string');
    expect(first.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const second = await get(`/audit/events?stream=${entry.stream}&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: { revision: number }) => item.revision)).toEqual([0]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by actor, event types, entity and recorded-at range, oldest first', async () => {
    const byActor = await get(`/audit/events?actor=${member.memberId}&order=oldest-first`);
    expect(byActor.body.items.map((item: { eventType: string }) => item.eventType)).toEqual(['time-entry-started', 'time-entry-stopped']);

    const byTypes = await get(`/audit/events?eventType=time-entry-edited,time-entry-started&entityType=time-entry&entityId=${entry.entryId}&order=oldest-first`);
    expect(byTypes.body.items.map((item: { revision: number }) => item.revision)).toEqual([0, 2]);

    const registered = await get('/audit/events?entityType=member&eventType=member-registered');
    expect(registered.body.items.map((item: { entityId: string }) => item.entityId)).toEqual(expect.arrayContaining([auditor.memberId, member.memberId]));
    expect(registered.body.items.every((item: { stream: string }) => item.stream.startsWith('member-'))).toBe(true);

    const future = await get(`/audit/events?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(future.body.items).toEqual([]);
    const past = await get(`/audit/events?stream=${entry.stream}&to=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(past.body.items).toHaveLength(3);
  });

  it('refuses bad filters with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['entityType=spaceship', 'entityType'],
      ['from=yesterday', 'from'],
      ['limit=0', 'limit'],
      ['order=sideways', 'order'],
      ['cursor=not-a-cursor', 'cursor'],
      ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of cases) {
      const response = await get(`/audit/events?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });

  it("shows an entity's history from the store with actor, reason and readable diffs", async () => {
    const history = await get(`/audit/entities/time-entry/${entry.entryId}/history`);
    expect(history.status).toBe(200);
    expect(history.body.stream).toBe(entry.stream);
    const [started, stopped, edited] = history.body.events;
    expect(started.changes).toEqual(expect.arrayContaining([{ path: 'description', before: null, after: 'Workshop' }]));
    expect(stopped.changes).toEqual([
      { path: 'endedAt', before: null, after: '2026-01-12T11:00:00.000Z' },
      { path: 'durationSeconds', before: null, after: 7200 },
    ]);
    expect(edited).toMatchObject({
      eventType: 'time-entry-edited',
      actor: editorId,
      reason: 'internal workshop, not billable',
    });
    // jsonb keeps its own key order, so the pairs are compared as a set.
    expect(edited.changes).toHaveLength(2);
    expect(edited.changes).toEqual(
      expect.arrayContaining([
        { path: 'description', before: 'Workshop', after: 'Workshop with Acme' },
        { path: 'billable', before: true, after: false },
      ]),
    );
    expect((await get('/audit/entities/time-entry/no-such-entry/history')).status).toBe(404);
    const badType = await get(`/audit/entities/spaceship/${entry.entryId}/history`);
    expect(badType.status).toBe(400);
    expect(JSON.stringify(badType.body)).toContain('entityType');
  });

  it('shows projection status to operators', async () => {
    const response = await get('/audit/projections');
    expect(response.status).toBe(200);
    const auditLog = response.body.items.find((item: { name: string }) => item.name === 'audit-log');
    expect(auditLog).toMatchObject({ state: 'active' });
    expect(typeof auditLog.eventsBehind).toBe('number');
  });

  it('a member gets 403 on every audit route', async () => {
    for (const path of ['/audit/events', `/audit/entities/time-entry/${entry.entryId}/history`, '/audit/projections']) {
      expect({ path, status: (await get(path, member.token)).status }).toEqual({ path, status: 403 });
    }
    const verify = await request('POST', `${testApp.baseUrl}/audit/verify`, { token: member.token, body: {} });
    expect(verify.status).toBe(403);
  });

  it('logs every auditor query with who, what and the parameters', async () => {
    await get(`/audit/events?actor=${member.memberId}&limit=5`);
    const rows: Array<{ query: string; parameters: Record<string, unknown> }> = await testApp.dataSource.query(
      'select query, parameters from audit_queries where member_id = $1 order by id',
      [auditor.memberId],
    );
    expect(rows.map((row) => row.query)).toEqual(expect.arrayContaining(['events', 'entity-history', 'projections']));
    expect(rows[rows.length - 1]).toEqual({ query: 'events', parameters: { actor: member.memberId, limit: 5 } });
    const memberRows = await testApp.dataSource.query('select 1 from audit_queries where member_id = $1', [member.memberId]);
    expect(memberRows).toEqual([]);
  });

  it('verifies the chain, and names the event a superuser altered behind the store', async () => {
    const verify = (body: object) => request('POST', `${testApp.baseUrl}/audit/verify`, { token: auditor.token, body });
    const healthy = await verify({});
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ ok: true, scope: '$all' });
    expect(healthy.body.eventsChecked).toBeGreaterThanOrEqual(5);

    const admin = new Client({ connectionString: testApp.config.databaseUrl });
    await admin.connect();
    let alteredEventId: string;
    try {
      await admin.query('begin');
      // Replica mode skips the immutability trigger for this transaction only, as an attacker with superuser rights could.
      await admin.query('set local session_replication_role = replica');
      const altered = await admin.query<{ event_id: string }>(
        `update event_store.events set data = jsonb_set(data, '{durationSeconds}', '72000')
          where stream_name = $1 and revision = 1 returning event_id::text`,
        [entry.stream],
      );
      await admin.query('commit');
      alteredEventId = altered.rows[0].event_id;
    } finally {
      await admin.end();
    }

    const brokenLink = { stream: entry.stream, revision: 1, eventId: alteredEventId, reason: 'content does not match its hash' };
    const oneStream = await verify({ stream: entry.stream });
    expect(oneStream.body).toMatchObject({ ok: false, eventsChecked: 3, scope: entry.stream, firstBrokenLink: brokenLink });
    const everything = await verify({});
    expect(everything.body).toMatchObject({ ok: false, firstBrokenLink: brokenLink });
    const logged = await testApp.dataSource.query("select parameters from audit_queries where query = 'verify' order by id");
    expect(logged.map((row: { parameters: unknown }) => row.parameters)).toEqual([{}, { stream: entry.stream }, {}]);
  });
});
