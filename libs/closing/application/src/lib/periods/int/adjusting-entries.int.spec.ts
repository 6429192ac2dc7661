import { randomUUID } from 'node:crypto';
import { request, type TestResponse } from '@billing/shared/testing';
import { type ClosingTestApp, recreateDatabase, startClosingTestApp } from '../../../testing/closing-test-app';
import { OrganisationFixture, type TestMember } from '../../../testing/organisation-fixture';

/**
 * Adjusting entries over HTTP on real PostgreSQL, organisation in New York: February and March are closed by the
 * real month-end close; corrections of their entries are posted into April without touching them.
 */
describe('adjusting entries for closed periods (real PostgreSQL, New York)', () => {
  let api: ClosingTestApp;
  let fin: TestMember;
  let alice: TestMember;
  let outsider: TestMember;
  let projectId: string;
  let march10: string;
  let february: string;
  let april: string;

  const url = (path: string) => `${api.baseUrl}${path}`;
  const create = async (who: TestMember, startedAt: string, durationSeconds: number): Promise<string> => {
    const created = await request('POST', url('/time-entries'), { token: who.token, body: { projectId, startedAt, durationSeconds, description: 'work' } });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const adjust = (who: TestMember, entryId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request('POST', url(`/time-entries/${entryId}/adjustments`), { token: who.token, body, headers });
  const expectConflict = (response: TestResponse, code: string, details: Record<string, unknown> = {}) => {
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code, ...details });
  };

  beforeAll(async () => {
    api = await startClosingTestApp({ databaseUrl: await recreateDatabase('billing_adjust_test'), now: '2026-04-02T15:00:00Z' });
    const organisation = new OrganisationFixture(api);
    await organisation.setUp('America/New_York');
    fin = await organisation.member('Fay Finance', ['finance']);
    alice = await organisation.member('Alice Member', ['member']);
    outsider = await organisation.member('Rex Responsible', ['responsible']); // responsible for nothing
    projectId = await organisation.project([alice.memberId]);
    march10 = await create(alice, '2026-03-10T13:00:00Z', 7_200);
    february = await create(alice, '2026-02-10T14:00:00Z', 3_600);
    april = await create(alice, '2026-04-01T13:00:00Z', 1_800);
    for (const period of ['2026-02', '2026-03']) {
      const closed = await request('POST', url(`/periods/${period}/close`), { token: fin.token, body: { note: 'month end' } });
      expect(closed.status).toBe(200);
    }
  }, 90_000);

  afterAll(async () => {
    await api?.close();
  });

  it('finance posts a correction into the first open day: 201, Location, marked, linked; the closed entry keeps its own figures', async () => {
    const key = `adjust-${randomUUID()}`;
    const body = { durationSeconds: -1_800, reason: 'Half an hour was a break' };
    const posted = await adjust(fin, march10, body, { 'Idempotency-Key': key });
    expect(posted.status).toBe(201);
    expect(posted.headers.get('location')).toBe(`/api/v1/time-entries/${posted.body.id}`);
    expect(posted.body).toMatchObject({
      memberId: alice.memberId,
      projectId,
      source: 'adjustment',
      day: '2026-04-01', // March is closed; April is open
      startedAt: '2026-04-01T04:00:00Z', // midnight in New York (EDT, UTC-4)
      durationSeconds: -1_800,
      billable: true,
      description: 'work',
      adjustment: { adjustsEntryId: march10, reason: 'Half an hour was a break' },
    });
    const retried = await adjust(fin, march10, body, { 'Idempotency-Key': key });
    expect(retried.body.id).toBe(posted.body.id);

    const original = await request('GET', url(`/time-entries/${march10}`), { token: alice.token });
    expect(original.body).toMatchObject({ durationSeconds: 7_200, adjustmentSeconds: -1_800, day: '2026-03-10', revision: 0 });
    const adjustments = await request('GET', url(`/time-entries/${march10}/adjustments`), { token: alice.token });
    expect(adjustments.body.map((entry: { id: string }) => entry.id)).toEqual([posted.body.id]);
    const aprilList = await request('GET', url('/time-entries?from=2026-04-01&to=2026-04-01'), { token: alice.token });
    expect(aprilList.body.items.map((entry: { id: string; durationSeconds: number }) => [entry.id, entry.durationSeconds])).toEqual(
      expect.arrayContaining([[posted.body.id, -1_800], [april, 1_800]]),
    );
    const marchList = await request('GET', url('/time-entries?from=2026-03-01&to=2026-03-31'), { token: alice.token });
    expect(marchList.body.items.map((entry: { id: string }) => entry.id)).toEqual([march10]);
  });

  it('skips closed months for the default day, and refuses a chosen day in a closed period (409 PERIOD_CLOSED naming it)', async () => {
    const posted = await adjust(fin, february, { durationSeconds: 600, reason: 'Call not logged' });
    expect(posted.status).toBe(201);
    expect(posted.body.day).toBe('2026-04-01'); // February and March closed
    expectConflict(await adjust(fin, february, { durationSeconds: 600, reason: 'x', day: '2026-03-15' }), 'PERIOD_CLOSED', { period: '2026-03' });
  });

  it('refuses bad input with the fields named (400)', async () => {
    const missing = await adjust(fin, march10, { durationSeconds: 0 });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('reason');
    expect(JSON.stringify(missing.body)).toContain('durationSeconds');
    const early = await adjust(fin, march10, { durationSeconds: -60, reason: 'x', day: '2026-03-31' });
    expect(early.status).toBe(400);
    expect(early.body.fields).toEqual([expect.objectContaining({ path: 'day' })]);
    expect((await adjust(fin, 'not-a-uuid', { durationSeconds: -60, reason: 'x' })).status).toBe(400);
  });

  it('404 for an unknown entry; 409 for an entry of an open period, below zero, and on editing an adjustment', async () => {
    expect((await adjust(fin, randomUUID(), { durationSeconds: -60, reason: 'x' })).status).toBe(404);
    expectConflict(await adjust(fin, april, { durationSeconds: -60, reason: 'x' }), 'PERIOD_OPEN', { period: '2026-04' });
    // 7,200 - 1,800 already = 5,400 left; -5,401 would be -1
    expectConflict(await adjust(fin, march10, { durationSeconds: -5_401, reason: 'too much' }), 'ADJUSTMENT_BELOW_ZERO', { netSeconds: -1 });
    const adjustments = await request('GET', url(`/time-entries/${march10}/adjustments`), { token: fin.token });
    const edit = await request('PATCH', url(`/time-entries/${adjustments.body[0].id}`), {
      token: fin.token,
      body: { description: 'changed' },
      headers: { 'If-Match': '"0"' },
    });
    expectConflict(edit, 'ADJUSTMENT_NOT_EDITABLE');
  });

  it('403 for a member (even their own entry) and for a responsible outside the entry\'s teams, projects and clients', async () => {
    expect((await adjust(alice, march10, { durationSeconds: -60, reason: 'mine' })).status).toBe(403);
    expect((await adjust(outsider, march10, { durationSeconds: -60, reason: 'not mine' })).status).toBe(403);
  });
});
