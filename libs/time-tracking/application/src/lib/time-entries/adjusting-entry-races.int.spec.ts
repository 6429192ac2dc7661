import { request, type TestResponse } from '@billing/shared/testing';
import { OrganisationFixture, type TestMember } from '../../testing/organisation-fixture';
import { recreateDatabase, startTimeTrackingTestApp, type TimeTrackingTestApp } from '../../testing/time-tracking-test-app';

/**
 * The net >= 0 rule of adjusting entries under concurrent writes, and the rule that an entry with live adjustments
 * keeps its times once its month is reopened (real PostgreSQL, organisation in New York, March closed).
 */
describe('adjusting entries: concurrent writes and reopened months (real PostgreSQL)', () => {
  let api: TimeTrackingTestApp;
  let finance: TestMember;
  let alice: TestMember;
  let projectId: string;
  let day = 1;

  const url = (path: string) => `${api.baseUrl}${path}`;
  const closeMarch = () => api.dataSource.query(`insert into tt_closed_periods (month, team_id) values ('2026-03', null)`);
  const reopenMarch = () => api.dataSource.query(`delete from tt_closed_periods where month = '2026-03'`);
  /** A new March entry of Alice's, one per day, logged while March is open. */
  const marchEntry = async (durationSeconds: number): Promise<string> => {
    await reopenMarch();
    const startedAt = `2026-03-${String(day++).padStart(2, '0')}T14:00:00Z`;
    const created = await request('POST', url('/time-entries'), { token: alice.token, body: { projectId, startedAt, durationSeconds } });
    expect(created.status).toBe(201);
    await closeMarch();
    return created.body.id;
  };
  const adjust = (entryId: string, durationSeconds: number) =>
    request('POST', url(`/time-entries/${entryId}/adjustments`), { token: finance.token, body: { durationSeconds, reason: 'correction' } });
  const remove = (entryId: string, revision = 0) =>
    request('DELETE', url(`/time-entries/${entryId}`), { token: finance.token, headers: { 'If-Match': `"${revision}"` } });
  const netSeconds = async (entryId: string): Promise<number> => {
    const entry = await request('GET', url(`/time-entries/${entryId}`), { token: finance.token });
    return entry.body.durationSeconds + (entry.body.adjustmentSeconds ?? 0);
  };
  /** Exactly one answer is the refusal; the other is the success the caller expects for its request. */
  const expectOneRefusedBelowZero = (answers: TestResponse[], successes: number[]) => {
    const refused = answers.filter((answer) => answer.status === 409);
    expect(refused.map((answer) => answer.body.code)).toEqual(['ADJUSTMENT_BELOW_ZERO']);
    expect(successes).toContain(answers.find((answer) => answer !== refused[0])?.status);
  };

  beforeAll(async () => {
    api = await startTimeTrackingTestApp({ databaseUrl: await recreateDatabase('billing_time_test_adjust_races'), now: '2026-04-02T15:00:00Z' });
    const organisation = new OrganisationFixture(api);
    await organisation.setUp('America/New_York');
    finance = await organisation.member('Fay Finance', ['finance']);
    alice = await organisation.member('Alice Member', ['member']);
    projectId = (await organisation.project({ memberIds: [alice.memberId] })).projectId;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('two adjustments posted at once whose sum goes below zero: one is posted, the other is refused (409), three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const entry = await marchEntry(3_600);
      // Each alone leaves 3,600 - 2,400 = 1,200 s; both would leave 3,600 - 4,800 = -1,200 s.
      expectOneRefusedBelowZero(await Promise.all([adjust(entry, -2_400), adjust(entry, -2_400)]), [201]);
      expect(await netSeconds(entry)).toBe(1_200);
    }
  });

  it('deleting a positive adjustment while a negative one is posted: one of them is refused (409), three times over', async () => {
    for (let round = 0; round < 3; round++) {
      const entry = await marchEntry(3_600);
      const positive = await adjust(entry, 1_800);
      expect(positive.status).toBe(201);
      // 3,600 + 1,800 - 5,000 = 400 s with the positive one, 3,600 - 5,000 = -1,400 s without it.
      const [removed, posted] = await Promise.all([remove(positive.body.id), adjust(entry, -5_000)]);
      expectOneRefusedBelowZero([removed, posted], [200, 201]);
      expect(await netSeconds(entry)).toBe(removed.status === 200 ? 3_600 : 400);
    }
  });

  it('refuses to delete a positive adjustment the net still needs: 3,600 + 1,800 - 5,000 = 400; without the +1,800: -1,400 (409)', async () => {
    const entry = await marchEntry(3_600);
    const positive = await adjust(entry, 1_800);
    expect((await adjust(entry, -5_000)).status).toBe(201);
    const refused = await remove(positive.body.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ADJUSTMENT_BELOW_ZERO', netSeconds: -1_400 });
  });

  describe('once March is reopened', () => {
    afterEach(async () => {
      await reopenMarch();
      await closeMarch();
    });

    it('an entry with live adjustments keeps its times and is not deleted (409 ENTRY_HAS_ADJUSTMENTS naming them); its text is still edited', async () => {
      const entry = await marchEntry(3_600);
      const adjustment = await adjust(entry, -600);
      expect(adjustment.status).toBe(201);
      await reopenMarch();

      const patch = (body: Record<string, unknown>, revision: number) =>
        request('PATCH', url(`/time-entries/${entry}`), { token: finance.token, body, headers: { 'If-Match': `"${revision}"` } });
      const { startedAt } = (await request('GET', url(`/time-entries/${entry}`), { token: finance.token })).body;
      const endingAt = (minutes: number) => startedAt.replace('14:00:00', `14:${minutes}:00`);
      const moved = await patch({ endedAt: endingAt(30) }, 0);
      expect(moved.status).toBe(409);
      expect(moved.body).toMatchObject({ code: 'ENTRY_HAS_ADJUSTMENTS', entryId: entry, adjustmentIds: [adjustment.body.id] });
      expect(moved.body.message).toContain('delete its adjustments first');
      const deleted = await remove(entry);
      expect(deleted.status).toBe(409);
      expect(deleted.body).toMatchObject({ code: 'ENTRY_HAS_ADJUSTMENTS', adjustmentIds: [adjustment.body.id] });

      const described = await patch({ description: 'Workshop', tags: ['onsite'], billable: false }, 0);
      expect(described.status).toBe(200);
      expect(described.body).toMatchObject({ description: 'Workshop', tags: ['onsite'], billable: false, durationSeconds: 3_600 });

      // Its adjustment deleted, the entry is an ordinary entry of an open month again.
      expect((await remove(adjustment.body.id)).status).toBe(200);
      const shortened = await patch({ endedAt: endingAt(50) }, 1);
      expect(shortened.status).toBe(200);
      expect(shortened.body.durationSeconds).toBe(3_000);
      expect((await remove(entry, 2)).status).toBe(200);
    });
  });

  it('does not decide on a list that has not caught up: 503 while the last adjustment write is not projected, then it posts', async () => {
    const entry = await marchEntry(3_600);
    const first = await adjust(entry, -600);
    expect(first.status).toBe(201);
    // As if the projection lagged behind the write: the list shows the adjustment one revision behind its stream.
    await api.dataSource.query('update tt_time_entries set revision = revision - 1 where entry_id = $1', [first.body.id]);
    const refused = await adjust(entry, -600);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'ADJUSTMENTS_NOT_CAUGHT_UP', entryId: entry });
    await api.dataSource.query('update tt_time_entries set revision = revision + 1 where entry_id = $1', [first.body.id]);
    expect((await adjust(entry, -600)).status).toBe(201);
    expect(await netSeconds(entry)).toBe(2_400);
  }, 30_000);
});
