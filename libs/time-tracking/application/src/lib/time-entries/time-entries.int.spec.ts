import { randomUUID } from 'node:crypto';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { OrganisationFixture, type TestMember } from '../../testing/organisation-fixture';
import { request } from '@billing/shared/testing';
import { recreateDatabase, startTimeTrackingTestApp, type TimeTrackingTestApp } from '../../testing/time-tracking-test-app';

describe('time entries over HTTP (real PostgreSQL, organisation in New York)', () => {
  let api: TimeTrackingTestApp;
  let alice: TestMember;
  let bob: TestMember;
  let finance: TestMember;
  let lead: TestMember;
  let project: { projectId: string; taskId: string };

  const url = (path: string) => `${api.baseUrl}${path}`;
  const create = (who: TestMember, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request('POST', url('/time-entries'), { token: who.token, body, headers });

  beforeAll(async () => {
    api = await startTimeTrackingTestApp({ databaseUrl: await recreateDatabase('billing_time_test_entries'), now: '2026-04-02T15:00:00Z' });
    const organisation = new OrganisationFixture(api);
    await organisation.setUp('America/New_York');
    alice = await organisation.member('Alice Member', ['member']);
    bob = await organisation.member('Bob Member', ['member']);
    finance = await organisation.member('Fay Finance', ['finance']);
    lead = await organisation.member('Lea Lead', ['responsible', 'member']);
    project = await organisation.project({ memberIds: [alice.memberId, bob.memberId, lead.memberId] });
    await organisation.team([alice.memberId, lead.memberId], '2026-01-01', [lead.memberId]);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('logs a manual entry by start and end: 201, ETag, Location, and the list shows it at once', async () => {
    const created = await create(alice, {
      projectId: project.projectId,
      taskId: project.taskId,
      description: 'Wireframes',
      tags: ['Design', 'design ', 'ux'],
      startedAt: '2026-03-10T13:00:00Z',
      endedAt: '2026-03-10T14:30:00Z',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"0"');
    expect(created.headers.get('location')).toBe(`/api/v1/time-entries/${created.body.id}`);
    expect(created.body).toMatchObject({
      memberId: alice.memberId,
      source: 'manual',
      durationSeconds: 5_400, // 14:30 - 13:00 = 1.5 h x 3,600
      billable: true, // the task's default
      day: '2026-03-10',
      running: false,
      revision: 0,
    });
    const list = await request('GET', url('/time-entries?from=2026-03-10&to=2026-03-10'), { token: alice.token });
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
  });

  it('logs by start and duration', async () => {
    const created = await create(alice, { projectId: project.projectId, startedAt: '2026-03-11T13:00:00Z', durationSeconds: 900 });
    expect(created.status).toBe(201);
    expect(created.body.endedAt).toBe('2026-03-11T13:15:00Z');
  });

  it('puts an entry crossing midnight on the day it starts, in the organisation zone (New York)', async () => {
    // 31 March 22:30 EDT (02:30 UTC on 1 April) to 1 April 01:30 EDT: all 3 h belong to Tuesday 31 March
    const created = await create(alice, { projectId: project.projectId, description: 'Release night', startedAt: '2026-04-01T02:30:00Z', endedAt: '2026-04-01T05:30:00Z' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ day: '2026-03-31', week: '2026-W14', month: '2026-03', durationSeconds: 10_800 });
    const march31 = await request('GET', url('/time-entries?from=2026-03-31&to=2026-03-31'), { token: alice.token });
    expect(march31.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    const april1 = await request('GET', url('/time-entries?from=2026-04-01&to=2026-04-01'), { token: alice.token });
    expect(april1.body.items).toEqual([]);
  });

  it('retrying one create 5 times with the same Idempotency-Key gives one entry', async () => {
    const key = `retry-${randomUUID()}`;
    const body = { projectId: project.projectId, description: 'Idempotent', startedAt: '2026-03-12T13:00:00Z', durationSeconds: 600 };
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => create(bob, body, { 'Idempotency-Key': key })));
    const succeeded = answers.filter((answer) => answer.status === 201);
    // Concurrent duplicates may be told the first is still running (409); none creates a second entry.
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const retried = await create(bob, body, { 'Idempotency-Key': key });
    expect(retried.status).toBe(201);
    expect(new Set([...succeeded, retried].map((answer) => answer.body.id)).size).toBe(1);
    const list = await request('GET', url('/time-entries?q=Idempotent'), { token: bob.token });
    expect(list.body.total).toBe(1);
  });

  it('applies the scope of the caller to the list', async () => {
    await create(alice, { projectId: project.projectId, description: 'Alice only', startedAt: '2026-03-13T13:00:00Z', durationSeconds: 600 });
    await create(bob, { projectId: project.projectId, description: 'Bob only', startedAt: '2026-03-13T13:00:00Z', durationSeconds: 600 });
    const ownerOf = async (who: TestMember) =>
      new Set(((await request('GET', url('/time-entries?pageSize=200'), { token: who.token })).body.items as { memberId: string }[]).map((item) => item.memberId));
    expect(await ownerOf(alice)).toEqual(new Set([alice.memberId]));
    expect(await ownerOf(bob)).toEqual(new Set([bob.memberId]));
    expect(await ownerOf(finance)).toEqual(new Set([alice.memberId, bob.memberId]));
    // The lead is responsible for the team of Alice (and of the lead), not for Bob's: the access read model
    // learns about the responsibility through its own projection, so wait for it.
    const leadSeesAlice = await awaitReadModel(async () => (await ownerOf(lead)).has(alice.memberId), 10_000);
    expect(leadSeesAlice).toBe(true);
    expect(await ownerOf(lead)).toEqual(new Set([alice.memberId]));
    const bobsEntry = (await request('GET', url('/time-entries?q=Bob only'), { token: bob.token })).body.items[0];
    expect((await request('GET', url(`/time-entries/${bobsEntry.id}`), { token: alice.token })).status).toBe(403);
  });

  it('edits with If-Match, refuses a stale revision with 409, deletes and restores', async () => {
    const created = await create(alice, { projectId: project.projectId, description: 'Draft', startedAt: '2026-03-16T13:00:00Z', durationSeconds: 1_800 });
    const id = created.body.id;
    const got = await request('GET', url(`/time-entries/${id}`), { token: alice.token });
    expect(got.headers.get('etag')).toBe('"0"');
    const edited = await request('PATCH', url(`/time-entries/${id}`), { token: alice.token, body: { description: 'Final', endedAt: '2026-03-16T14:00:00Z' }, headers: { 'If-Match': '"0"' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ description: 'Final', durationSeconds: 3_600, revision: 1 });
    const stale = await request('PATCH', url(`/time-entries/${id}`), { token: alice.token, body: { description: 'Lost update' }, headers: { 'If-Match': '"0"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
    const withoutIfMatch = await request('PATCH', url(`/time-entries/${id}`), { token: alice.token, body: { description: 'x' } });
    expect(withoutIfMatch.status).toBe(400);
    expect(withoutIfMatch.body.fields[0].path).toBe('If-Match');
    const deleted = await request('DELETE', url(`/time-entries/${id}?reason=duplicate`), { token: alice.token, headers: { 'If-Match': '"1"' } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ deleted: true, revision: 2 });
    const listed = await request('GET', url('/time-entries?from=2026-03-16&to=2026-03-16'), { token: alice.token });
    expect(listed.body.items).toEqual([]);
    const restored = await request('POST', url(`/time-entries/${id}/restore`), { token: alice.token, body: { reason: 'not a duplicate' } });
    expect(restored.status).toBe(200);
    const back = await request('GET', url('/time-entries?from=2026-03-16&to=2026-03-16'), { token: alice.token });
    expect(back.body.items.map((item: { id: string }) => item.id)).toEqual([id]);
  });

  it.each([
    ['a missing projectId', { startedAt: '2026-03-10T09:00:00Z', durationSeconds: 60 }, 'projectId'],
    ['a start without zone', { projectId: 'P', startedAt: '2026-03-10 09:00', durationSeconds: 60 }, 'startedAt'],
    ['neither end nor duration', { projectId: 'P', startedAt: '2026-03-10T09:00:00Z' }, 'endedAt'],
    ['a fractional duration', { projectId: 'P', startedAt: '2026-03-10T09:00:00Z', durationSeconds: 1.5 }, 'durationSeconds'],
    ['a duration over 24 h', { projectId: 'P', startedAt: '2026-03-10T09:00:00Z', durationSeconds: 86_401 }, 'durationSeconds'],
    ['an unknown field', { projectId: 'P', startedAt: '2026-03-10T09:00:00Z', durationSeconds: 60, hourlyRate: 5 }, 'hourlyRate'],
    ['tags that are not texts', { projectId: 'P', startedAt: '2026-03-10T09:00:00Z', durationSeconds: 60, tags: [1] }, 'tags'],
  ] as [string, Record<string, unknown>, string][])('answers 400 naming the field for %s', async (_case, body, field) => {
    const answer = await create(alice, { ...body, ...(body['projectId'] === 'P' ? { projectId: project.projectId } : {}) });
    expect(answer.status).toBe(400);
    expect(answer.body.fields.map((problem: { path: string }) => problem.path)).toContain(field);
  });

  it('answers 400 naming the field for an end before the start (the decider says so)', async () => {
    const answer = await create(alice, { projectId: project.projectId, startedAt: '2026-03-10T09:00:00Z', endedAt: '2026-03-10T08:00:00Z' });
    expect(answer.status).toBe(400);
    expect(answer.body.fields[0].path).toBe('endedAt');
  });

  it('answers 400 for malformed ids and list filters', async () => {
    expect((await request('GET', url('/time-entries/not-a-uuid'), { token: alice.token })).status).toBe(400);
    const badFilter = await request('GET', url('/time-entries?from=March&billable=maybe&pageSize=1000'), { token: alice.token });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.fields.map((problem: { path: string }) => problem.path).sort()).toEqual(['billable', 'from', 'pageSize']);
  });

  it('refuses a member logging for another member (403) and an unknown project (404)', async () => {
    expect((await create(alice, { memberId: bob.memberId, projectId: project.projectId, startedAt: '2026-03-10T09:00:00Z', durationSeconds: 60 })).status).toBe(403);
    expect((await create(alice, { projectId: randomUUID(), startedAt: '2026-03-10T09:00:00Z', durationSeconds: 60 })).status).toBe(404);
  });

  it('finds quality problems in the audit: overlaps, late logging, non-working days', async () => {
    // Saturday 14 March, logged on 2 April: 19 days late; two entries overlapping by 30 min
    await create(alice, { projectId: project.projectId, description: 'Weekend A', startedAt: '2026-03-14T14:00:00Z', durationSeconds: 3_600 });
    await create(alice, { projectId: project.projectId, description: 'Weekend B', startedAt: '2026-03-14T14:30:00Z', durationSeconds: 3_600 });
    const audit = await request('GET', url('/time-entries/audit?from=2026-03-14&to=2026-03-14&lateAfterDays=5'), { token: alice.token });
    expect(audit.status).toBe(200);
    expect(audit.body.totals).toMatchObject({ overlap: 1, 'non-working-day': 2, 'logged-late': 2 });
    expect(audit.body.findings.find((finding: { rule: string }) => finding.rule === 'overlap').details).toMatchObject({ overlapSeconds: 1_800 });
    const bobsAudit = await request('GET', url('/time-entries/audit?from=2026-03-14&to=2026-03-14'), { token: bob.token });
    expect(bobsAudit.body.findings).toEqual([]);
    expect((await request('GET', url('/time-entries/audit?lateAfterDays=-1'), { token: alice.token })).body.fields[0].path).toBe('lateAfterDays');
  });
});
