import { randomUUID } from 'node:crypto';
import { ReplayDiffRunner } from '../replay/replay-diff-runner';
import { request } from '@billing/shared/testing';
import { loggedInMember, recreateDatabase, startAuditTestApp, until, type AuditTestApp } from '../../testing/audit-test-app';
import { writeEditedEntry, type EntryFixture } from './time-entry-fixture';

jest.setTimeout(120_000);

describe('replay-and-diff (real PostgreSQL)', () => {
  let testApp: AuditTestApp;
  let auditor: { memberId: string; token: string };
  let member: { memberId: string; token: string };
  let entry: EntryFixture;

  const post = (token = auditor.token) => request('POST', `${testApp.baseUrl}/audit/replay-diff`, { token, body: {} });
  const get = (path: string, token = auditor.token) => request('GET', `${testApp.baseUrl}/audit/replay-diff${path}`, { token });

  /** Starts a run through the API and waits for it to end in this process, then reads it back through the API. */
  async function runToEnd() {
    const started = await post();
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ phase: 'preparing', requestedBy: auditor.memberId });
    await testApp.app.get(ReplayDiffRunner).idle();
    const finished = await get(`/${started.body.id}`);
    expect(finished.status).toBe(200);
    return finished.body;
  }

  beforeAll(async () => {
    testApp = await startAuditTestApp(await recreateDatabase('billing_audit_replay_test'));
    auditor = await loggedInMember(testApp, 'Auditor', ['auditor']);
    member = await loggedInMember(testApp, 'Member', ['member']);
    entry = await writeEditedEntry(testApp.eventStore, member.memberId, randomUUID());
    await until('the entry in the audit log', async () => Number((await testApp.dataSource.query('select count(*)::int as n from audit_log where stream = $1', [entry.stream]))[0].n) === 3);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('finds no difference on a healthy database, naming what it replayed and what it left out', async () => {
    const run = await runToEnd();
    expect(run).toMatchObject({ phase: 'done', error: null, tablesDiffed: run.tablesTotal });
    expect(run.eventsReplayed).toBeGreaterThanOrEqual(5);
    expect(run.eventsReplayed).toBe(run.eventsTotal);
    expect(run.result).toMatchObject({ rowsDiffering: 0, differences: [], liveCaughtUp: true });
    expect(run.result.rowsCompared).toBeGreaterThan(5);
    const replayed = Object.fromEntries(run.result.projections.map((p: { name: string; tables: string[] }) => [p.name, p.tables]));
    expect(replayed['audit-log']).toEqual(['audit_log']);
    expect(Object.values(replayed).flat()).toEqual(expect.arrayContaining(['org_members', 'access_members']));
    expect(run.result.ignoredColumns).toEqual(expect.arrayContaining([{ table: 'audit_log', column: 'seq' }]));
    const leftovers = await testApp.dataSource.query("select nspname from pg_namespace where nspname like 'audit_replay_%'");
    expect(leftovers).toEqual([]);
  });

  it('names the row, column and both values of a read-model row corrupted by hand, and a row deleted by hand', async () => {
    const [edited] = await testApp.dataSource.query('select event_id::text as id, actor from audit_log where stream = $1 and revision = 2', [entry.stream]);
    await testApp.dataSource.query("update audit_log set actor = 'someone-else' where event_id = $1", [edited.id]);
    await testApp.dataSource.query('delete from org_members where id = $1', [member.memberId]);

    const run = await runToEnd();
    expect(run.result.rowsDiffering).toBe(2);
    expect(run.result.differences).toContainEqual({ table: 'audit_log', key: { event_id: edited.id }, column: 'actor', live: 'someone-else', replayed: edited.actor });
    const missing = run.result.differences.find((d: { table: string }) => d.table === 'org_members');
    expect(missing).toMatchObject({ key: { id: member.memberId }, column: '(row)', live: null, replayed: { id: member.memberId, name: 'Member' } });

    const listed = await get('');
    expect(listed.status).toBe(200);
    expect(listed.body.items[0]).toMatchObject({ id: run.id, phase: 'done', result: null });
  });

  it('refuses a second run while one is in progress (409 naming it), and answers 404 / 400 for unknown and malformed ids', async () => {
    const activeId = randomUUID();
    await testApp.dataSource.query("insert into audit_replay_runs (id, requested_by, phase, started_at, heartbeat_at) values ($1, 'someone', 'replaying', now(), now())", [activeId]);
    try {
      const refused = await post();
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.body)).toContain(activeId);
    } finally {
      await testApp.dataSource.query("update audit_replay_runs set phase = 'failed' where id = $1", [activeId]);
    }
    expect((await get(`/${randomUUID()}`)).status).toBe(404);
    const malformed = await get('/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('id');
  });

  it('is for auditors only, and every call is logged', async () => {
    expect((await post(member.token)).status).toBe(403);
    expect((await get('', member.token)).status).toBe(403);
    const logged = await testApp.dataSource.query("select parameters from audit_queries where member_id = $1 and query = 'replay-diff'", [auditor.memberId]);
    expect(logged).toContainEqual({ parameters: { action: 'start' } });
  });
});
