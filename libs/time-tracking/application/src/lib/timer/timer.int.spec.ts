import { timeEntryStreamId } from '@billing/time-tracking/domain';
import type { TimeEntryId } from '@billing/shared/kernel';
import { OrganisationFixture, type TestMember } from '../../testing/organisation-fixture';
import { request } from '@billing/shared/testing';
import { recreateDatabase, startTimeTrackingTestApp, type TimeTrackingTestApp } from '../../testing/time-tracking-test-app';

describe('timer over HTTP (real PostgreSQL)', () => {
  let api: TimeTrackingTestApp;
  let alice: TestMember;
  let organisation: OrganisationFixture;
  let projectId: string;
  /** Moves the clock and logs in again: access tokens expire on the same clock. */
  const moveClock = async (move: () => void) => {
    move();
    alice = await organisation.login(alice);
  };

  const url = (path: string) => `${api.baseUrl}${path}`;
  const start = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request('POST', url('/timer/start'), { token: alice.token, body, headers });
  const stop = (body: Record<string, unknown> = {}) => request('POST', url('/timer/stop'), { token: alice.token, body });
  const storedTypes = async (entryId: string): Promise<string[]> => {
    const read = await api.eventStore.readStream(timeEntryStreamId(entryId as TimeEntryId));
    const types: string[] = [];
    if (read.kind === 'found') for await (const event of read.events) types.push(event.type);
    return types;
  };

  beforeAll(async () => {
    api = await startTimeTrackingTestApp({ databaseUrl: await recreateDatabase('billing_time_test_timer'), now: '2026-03-10T09:00:00Z' });
    organisation = new OrganisationFixture(api);
    await organisation.setUp('Europe/Berlin');
    alice = await organisation.member('Alice Timer', ['member']);
    ({ projectId } = await organisation.project({ memberIds: [alice.memberId] }));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('starts, shows the running timer, switches to another entry, and stops', async () => {
    expect((await request('GET', url('/timer'), { token: alice.token })).body).toEqual({ running: false, entry: null });
    const first = await start({ projectId, description: 'Morning' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ running: true, source: 'timer', startedAt: '2026-03-10T09:00:00Z', endedAt: null });
    await moveClock(() => api.clock.advanceBy(30 * 60_000));
    const current = await request('GET', url('/timer'), { token: alice.token });
    expect(current.body).toMatchObject({ running: true, entry: { id: first.body.id, durationSeconds: 1_800 } }); // 30 min

    await moveClock(() => api.clock.advanceBy(30 * 60_000));
    const second = await start({ projectId, description: 'Late morning' });
    expect(second.status).toBe(201);
    const switched = await request('GET', url(`/time-entries/${first.body.id}`), { token: alice.token });
    // the first stopped at the instant the second started: 10:00 - 09:00 = 3,600 s
    expect(switched.body).toMatchObject({ running: false, endedAt: '2026-03-10T10:00:00Z', durationSeconds: 3_600 });

    await moveClock(() => api.clock.advanceBy(15 * 60_000));
    const stopped = await stop({ entryId: second.body.id });
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ id: second.body.id, running: false, endedAt: '2026-03-10T10:15:00Z', durationSeconds: 900 });
    expect((await request('GET', url('/timer'), { token: alice.token })).body.running).toBe(false);
    const listed = await request('GET', url('/time-entries?from=2026-03-10&to=2026-03-10'), { token: alice.token });
    expect(listed.body.items.map((item: { id: string; running: boolean }) => [item.id, item.running])).toEqual([
      [second.body.id, false],
      [first.body.id, false],
    ]);
  });

  it('two clients racing to stop the same timer: one 200, one 409, and the entry has one end', async () => {
    await moveClock(() => api.clock.set('2026-03-11T08:00:00Z'));
    const running = await start({ projectId, description: 'Race' });
    await moveClock(() => api.clock.set('2026-03-11T09:00:00Z'));
    const answers = await Promise.all([stop({ entryId: running.body.id }), stop({ entryId: running.body.id })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(['WRONG_EXPECTED_REVISION', 'TIMER_NOT_RUNNING']).toContain(refused?.body.code);
    expect(await storedTypes(running.body.id)).toEqual(['time-entry-started', 'time-entry-stopped']);
    const entry = await request('GET', url(`/time-entries/${running.body.id}`), { token: alice.token });
    expect(entry.body).toMatchObject({ endedAt: '2026-03-11T09:00:00Z', durationSeconds: 3_600, revision: 1 });
  });

  it('a retried start with the same Idempotency-Key starts one timer', async () => {
    await moveClock(() => api.clock.set('2026-03-12T08:00:00Z'));
    const key = 'timer-start-retry-0001';
    const first = await start({ projectId, description: 'Once' }, { 'Idempotency-Key': key });
    const again = await start({ projectId, description: 'Once' }, { 'Idempotency-Key': key });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    await stop();
  });

  it('refuses a second stop (409 TIMER_NOT_RUNNING), an end before the start (400) and bad payloads (400)', async () => {
    await moveClock(() => api.clock.set('2026-03-13T08:00:00Z'));
    const running = await start({ projectId });
    const early = await stop({ entryId: running.body.id, endedAt: '2026-03-13T07:00:00Z' });
    expect(early.status).toBe(400);
    expect(early.body.fields[0].path).toBe('endedAt');
    await moveClock(() => api.clock.set('2026-03-13T09:00:00Z'));
    expect((await stop({ entryId: running.body.id })).status).toBe(200);
    const again = await stop({ entryId: running.body.id });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TIMER_NOT_RUNNING');
    const nothingRuns = await stop();
    expect(nothingRuns.status).toBe(409);
    const bad = await start({ projectId: 'nope', billable: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((problem: { path: string }) => problem.path).sort()).toEqual(['billable', 'projectId']);
    expect((await stop({ endedAt: 'yesterday' })).body.fields[0].path).toBe('endedAt');
  });
});
