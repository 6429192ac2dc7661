import { ProjectionHost } from '@billing/shared/event-sourcing';
import { CLOSING_PERIODS_PROJECTION } from '../../read-models/periods/periods.projection';
import { type ClosingTestApp, recreateDatabase, startClosingTestApp } from '../../../testing/closing-test-app';
import { request, type TestResponse } from '@billing/shared/testing';
import { OrganisationFixture, type TestMember } from '../../../testing/organisation-fixture';

/**
 * Month-end close over HTTP on real PostgreSQL, organisation in New York (UTC-4 in spring), entries written through
 * time tracking's own API: the lock is the time-tracking decider's, fed by the close's projection.
 */
describe('month-end close (real PostgreSQL, New York)', () => {
  let api: ClosingTestApp;
  let organisation: OrganisationFixture;
  let fin: TestMember;
  let admin: TestMember;
  let alice: TestMember;
  let bob: TestMember;
  let teamA: string;
  let teamB: string;
  let projectId: string;
  const entries: Record<string, { id: string; revision: number }> = {};

  const url = (path: string) => `${api.baseUrl}${path}`;
  const create = (who: TestMember, startedAt: string, durationSeconds: number) =>
    request('POST', url('/time-entries'), { token: who.token, body: { projectId, startedAt, durationSeconds, description: 'work' } });
  const edit = (who: TestMember, name: string, changes: Record<string, unknown>) =>
    request('PATCH', url(`/time-entries/${entries[name]?.id}`), {
      token: who.token,
      body: changes,
      headers: { 'If-Match': `"${entries[name]?.revision}"` },
    });
  const remember = (name: string, response: TestResponse) => {
    expect([200, 201]).toContain(response.status);
    entries[name] = { id: response.body.id, revision: response.body.revision };
  };
  const close = (who: TestMember, body: Record<string, unknown>, key = '2026-03') => request('POST', url(`/periods/${key}/close`), { token: who.token, body });
  const reopen = (who: TestMember, body: Record<string, unknown>) => request('POST', url('/periods/2026-03/reopen'), { token: who.token, body });
  const expectPeriodClosed = (response: TestResponse) => {
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'PERIOD_CLOSED', period: '2026-03', message: 'Period 2026-03 is closed' });
  };

  beforeAll(async () => {
    // 2026-04-01T03:00Z is 23:00 on Tuesday 31 March in New York: Bob starts a timer in March.
    api = await startClosingTestApp({ databaseUrl: await recreateDatabase('billing_close_test'), now: '2026-04-01T03:00:00Z' });
    organisation = new OrganisationFixture(api);
    await organisation.setUp('America/New_York');
    fin = await organisation.member('Fay Finance', ['finance']);
    admin = await organisation.member('Ada Admin', ['admin']);
    alice = await organisation.member('Alice Member', ['member']);
    bob = await organisation.member('Bob Member', ['member']);
    teamA = await organisation.team([alice.memberId], '2026-01-01');
    teamB = await organisation.team([bob.memberId], '2026-01-01');
    projectId = await organisation.project([alice.memberId, bob.memberId]);
    const timer = await request('POST', url('/timer/start'), { token: bob.token, body: { projectId } });
    expect(timer.status).toBe(201);
    remember('bobTimer', timer);
    api.clock.set('2026-04-02T15:00:00Z');
    [fin, admin, alice, bob] = await Promise.all([fin, admin, alice, bob].map((member) => organisation.login(member)));
    remember('alice10', await create(alice, '2026-03-10T13:00:00Z', 7_200));
    remember('alice16Long', await create(alice, '2026-03-16T10:00:00Z', 46_800)); // 13 h: a quality finding
    remember('bob11', await create(bob, '2026-03-11T13:00:00Z', 3_600));
    remember('aliceApril', await create(alice, '2026-04-01T13:00:00Z', 1_800));
  }, 90_000);

  afterAll(async () => {
    await api?.close();
  });

  it('lists periods newest first with status and submission deadline', async () => {
    const list = await request('GET', url('/periods?from=2026-02&to=2026-04'), { token: alice.token });
    expect(list.status).toBe(200);
    expect(list.body.timeZone).toBe('America/New_York');
    expect(list.body.items.map((item: { key: string }) => item.key)).toEqual(['2026-04', '2026-03', '2026-02']);
    expect(list.body.items[1]).toMatchObject({
      key: '2026-03',
      status: 'open',
      submissionDeadline: '2026-04-03', // Wed 1, Thu 2, Fri 3 April: the 3rd working day
      deadlineSource: 'rule',
      ended: true,
      startsAt: '2026-03-01T05:00:00.000Z', // EST, UTC-5
      endsAt: '2026-04-01T04:00:00.000Z', // EDT, UTC-4
    });
    expect(list.body.items[0]).toMatchObject({ key: '2026-04', ended: false });
    const bad = await request('GET', url('/periods?from=2026-13'), { token: alice.token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('from');
  });

  it('computes the checklist live, with links to entries and members, and no invented Pace or rate figures', async () => {
    const checklist = await request('GET', url('/periods/2026-03/checklist'), { token: fin.token });
    expect(checklist.status).toBe(200);
    const item = (kind: string) => checklist.body.items.find((candidate: { item: string }) => candidate.item === kind);
    expect(item('running-timers')).toMatchObject({ status: 'open', count: 1, findings: [{ target: { kind: 'entry', entryId: entries['bobTimer']?.id }, memberId: bob.memberId }] });
    expect(item('members-behind-pace')).toMatchObject({ status: 'not-available', count: 0 });
    expect(item('entries-without-rate')).toMatchObject({ status: 'not-available', count: 0 });
    // 7,200 + 46,800 (Alice) + 3,600 (Bob) = 57,600 s finished, billable, unbilled; Bob's running timer is not finished
    expect(item('unbilled-billable-hours')).toMatchObject({ status: 'info', seconds: 57_600 });
    expect(item('quality-findings').findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ target: { kind: 'entry', entryId: entries['alice16Long']?.id }, reason: 'entry-over-12h' })]),
    );
    const forTeamB = await request('GET', url(`/periods/2026-03/checklist?teamId=${teamB}`), { token: fin.token });
    expect(forTeamB.body.items.find((candidate: { item: string }) => candidate.item === 'unbilled-billable-hours').seconds).toBe(3_600);
    expect((await request('GET', url('/periods/2026-03/checklist'), { token: alice.token })).status).toBe(403);
  });

  it('closes for team A only (a note is required over open findings): team B stays writable in the same month', async () => {
    const withoutNote = await close(fin, { teamIds: [teamA] });
    expect(withoutNote.status).toBe(400);
    expect(withoutNote.body.fields).toEqual([expect.objectContaining({ path: 'note' })]);

    const closed = await close(fin, { teamIds: [teamA], note: 'Long entry on 16 March confirmed by Alice' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed-for-teams', closedTeamIds: [teamA] });

    expectPeriodClosed(await edit(alice, 'alice10', { description: 'changed' }));
    expectPeriodClosed(await edit(fin, 'alice10', { description: 'changed by finance' }));
    expectPeriodClosed(await request('DELETE', url(`/time-entries/${entries['alice10']?.id}`), { token: admin.token, headers: { 'If-Match': '"0"' } }));
    expectPeriodClosed(await create(alice, '2026-03-12T13:00:00Z', 600));
    expectPeriodClosed(await edit(alice, 'aliceApril', { startedAt: '2026-03-20T13:00:00Z', endedAt: '2026-03-20T13:30:00Z' })); // moving in

    const bobEdit = await edit(bob, 'bob11', { description: 'still open for team B' });
    expect(bobEdit.status).toBe(200);
    remember('bob11', bobEdit);
    expect((await create(bob, '2026-03-12T13:00:00Z', 600)).status).toBe(201);
  });

  it('refuses what makes no sense: a scope already closed, a month not ended, a member, a reopen without reason, a bad key', async () => {
    const again = await close(fin, { teamIds: [teamA], note: 'again' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'PERIOD_ALREADY_CLOSED', teamIds: [teamA] });
    const april = await close(fin, {}, '2026-04');
    expect(april.status).toBe(422);
    expect(april.body.code).toBe('PERIOD_NOT_ENDED');
    expect((await close(alice, { note: 'x' })).status).toBe(403);
    const noReason = await reopen(fin, { reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields).toEqual([expect.objectContaining({ path: 'reason' })]);
    const missingReason = await reopen(fin, {});
    expect(missingReason.status).toBe(400);
    expect(JSON.stringify(missingReason.body)).toContain('reason');
    const badKey = await request('GET', url('/periods/2026-13'), { token: fin.token });
    expect(badKey.status).toBe(400);
    expect(badKey.body.fields).toEqual([expect.objectContaining({ path: 'key' })]);
  });

  it('an entry at 23:30 on 31 March in New York (03:30 UTC on 1 April) belongs to March and is locked by the close', async () => {
    const late = await create(bob, '2026-04-01T03:30:00Z', 900);
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ day: '2026-03-31', month: '2026-03' });
    remember('bobLate', late);

    const closed = await close(fin, { note: 'Bob is on leave; his timer is stopped by finance' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');

    expectPeriodClosed(await edit(bob, 'bobLate', { description: 'too late' }));
    // Bob's timer started 23:00 on 31 March: stopping it at 23:45 would end an entry in the closed month.
    expectPeriodClosed(await request('POST', url('/timer/stop'), { token: bob.token, body: { endedAt: '2026-04-01T03:45:00Z' } }));
    const april = await create(bob, '2026-04-01T04:30:00Z', 900); // 00:30 on 1 April in New York
    expect(april.status).toBe(201);
    expect(april.body.month).toBe('2026-04');
  });

  it('reopens with a reason (finance or admin only), and the edit then succeeds', async () => {
    expect((await reopen(alice, { reason: 'please' })).status).toBe(403);
    const reopened = await reopen(fin, { reason: "Bob's late correction" });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', closedTeamIds: [] });
    const again = await reopen(fin, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERIOD_NOT_CLOSED');

    const corrected = await edit(bob, 'bobLate', { description: 'corrected after reopening' });
    expect(corrected.status).toBe(200);
    remember('bobLate', corrected);
    const aliceEdit = await edit(alice, 'alice10', { description: 'team A is open again too' });
    expect(aliceEdit.status).toBe(200);
    remember('alice10', aliceEdit);
  });

  it('re-closes, and the history lists close, reopen and re-close with actors and reasons', async () => {
    const stop = await request('POST', url('/timer/stop'), { token: bob.token, body: { endedAt: '2026-04-01T03:45:00Z' } });
    expect(stop.status).toBe(200);
    const reclosed = await close(fin, { note: 'Re-closed after the correction' });
    expect(reclosed.status).toBe(200);

    const detail = await request('GET', url('/periods/2026-03'), { token: alice.token });
    expect(detail.status).toBe(200);
    expect(detail.headers.get('etag')).toBe('"3"');
    const history = detail.body.history;
    expect(history.map((entry: { kind: string; actor: string; reason: string; organisationWide: boolean; teamIds: string[] }) => [entry.kind, entry.actor, entry.reason, entry.organisationWide, entry.teamIds])).toEqual([
      ['closed', fin.memberId, 'Long entry on 16 March confirmed by Alice', false, [teamA]],
      ['closed', fin.memberId, 'Bob is on leave; his timer is stopped by finance', true, []],
      ['reopened', fin.memberId, "Bob's late correction", true, [teamA]],
      ['closed', fin.memberId, 'Re-closed after the correction', true, []],
    ]);
    expect(history[0].checklist).toMatchObject({ periodKey: '2026-03', teamIds: [teamA] });
    expect(history[1].checklist.items.find((item: { item: string }) => item.item === 'running-timers')).toMatchObject({ status: 'open', count: 1 });
    expect(history[3].checklist.items.find((item: { item: string }) => item.item === 'running-timers')).toMatchObject({ status: 'clear', count: 0 });
    expectPeriodClosed(await edit(bob, 'bobLate', { description: 'locked again' }));
  });

  it('reopens one team out of the organisation-wide close: its entries are writable, the other team stays locked', async () => {
    const carved = await reopen(fin, { teamIds: [teamB], reason: 'Bob corrects a client code' });
    expect(carved.status).toBe(200);
    expect(carved.body).toMatchObject({ status: 'closed', reopenedTeamIds: [teamB] });
    const bobEdit = await edit(bob, 'bobLate', { description: 'client code corrected' });
    expect(bobEdit.status).toBe(200);
    remember('bobLate', bobEdit);
    expectPeriodClosed(await edit(alice, 'alice10', { description: 'team A is still closed' }));
    expect((await close(fin, { note: 'everything again' })).status).toBe(409); // already closed organisation-wide

    const reclosed = await close(fin, { teamIds: [teamB], note: 'Bob is done' });
    expect(reclosed.status).toBe(200);
    expect(reclosed.body).toMatchObject({ status: 'closed', reopenedTeamIds: [] });
    expectPeriodClosed(await edit(bob, 'bobLate', { description: 'locked again' }));
  });

  it('overrides the submission deadline and goes back to the rule', async () => {
    const moved = await request('PATCH', url('/periods/2026-05/deadline'), { token: fin.token, body: { deadline: '2026-06-10', reason: 'Whitsun' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ submissionDeadline: '2026-06-10', deadlineSource: 'override' });
    const inside = await request('PATCH', url('/periods/2026-05/deadline'), { token: fin.token, body: { deadline: '2026-05-20' } });
    expect(inside.status).toBe(400);
    expect(inside.body.fields).toEqual([expect.objectContaining({ path: 'deadline' })]);
    const back = await request('PATCH', url('/periods/2026-05/deadline'), { token: fin.token, body: { deadline: null } });
    expect(back.body).toMatchObject({ submissionDeadline: '2026-06-03', deadlineSource: 'rule' }); // Mon 1, Tue 2, Wed 3 June
    expect((await request('PATCH', url('/periods/2026-05/deadline'), { token: bob.token, body: { deadline: null } })).status).toBe(403);
  });

  it('rebuilds the projection from position 0 to the same lock rows', async () => {
    const rows = () =>
      api.dataSource.query('select month, team_id, except_team_ids from tt_closed_periods order by month, team_id nulls first');
    const before = await rows();
    expect(before).toEqual([{ month: '2026-03', team_id: null, except_team_ids: [] }]);
    await api.app.get(ProjectionHost).rebuild(CLOSING_PERIODS_PROJECTION);
    expect(await rows()).toEqual(before);
    expect(await api.dataSource.query('select count(*)::int as n from closing_period_history where period_key = $1', ['2026-03'])).toEqual([{ n: 6 }]);
  });
});
