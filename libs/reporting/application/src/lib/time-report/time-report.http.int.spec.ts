import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { loginAs, request } from '../../testing/http';
import {
  flattenReport,
  referenceGroups,
  referenceSelect,
  ReportWorld,
} from '../../testing/report-world';

const at = (text: string) => Date.parse(text) / 1000;

/**
 * A responsible for team A and project Q (client Y): members move between teams mid-month, and entries sit in every
 * combination of in and out of that scope.
 */
function scopedWorld() {
  const world = new ReportWorld();
  world.setUpOrganisation('Europe/Berlin');
  const finance = world.member('Fiona Finance', ['finance']);
  const responsible = world.member('Rita Responsible', [
    'responsible',
    'member',
  ]);
  const plain = world.member('Max Member', ['member']);
  const mover = world.member('Mo Mover', ['member']);
  const outsider = world.member('Olga Outside', ['member']);
  const teamA = world.team('Team A', [responsible]);
  const teamB = world.team('Team B');
  world.assign(plain, teamA, '2026-01-01');
  world.assign(mover, teamA, '2026-01-01');
  world.assign(mover, teamB, '2026-03-16'); // in team A until the 15th (Berlin days)
  world.assign(outsider, teamB, '2026-01-01');
  const clientX = world.client('Client X');
  const clientY = world.client('Client Y');
  const p = world.project(clientX, 'Project P');
  const q = world.project(clientY, 'Project Q', { mode: 'none' }, [
    responsible,
  ]);
  const log = (
    memberId: string,
    projectId: string,
    start: string,
    minutes: number,
  ) =>
    world.log({
      memberId,
      projectId,
      start: at(start),
      durationSeconds: minutes * 60,
    });
  log(plain, p, '2026-03-02T08:00:00Z', 60); // team A: in
  log(mover, p, '2026-03-15T23:30:00Z', 45); // Berlin 00:30 on 16 March: team B -> out
  log(mover, p, '2026-03-15T21:30:00Z', 30); // Berlin 15 March, 22:30: team A -> in
  log(outsider, p, '2026-03-10T09:00:00Z', 90); // out
  log(outsider, q, '2026-03-11T09:00:00Z', 120); // project Q: in
  log(responsible, p, '2026-03-12T09:00:00Z', 15); // own, in no team: in
  log(finance, p, '2026-03-13T09:00:00Z', 200); // out
  return { world, finance, responsible, plain, outsider, clientX, clientY };
}

describe('POST /api/v1/reports/time (HTTP, PostgreSQL)', () => {
  let testApp: ReportTestApp;
  let setup: ReturnType<typeof scopedWorld>;
  const tokens: Record<string, string> = {};
  const period = { from: '2026-03-01', to: '2026-03-31' };

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_http'),
      now: '2026-04-02T10:00:00Z',
    });
    setup = scopedWorld();
    await setup.world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    tokens['finance'] = await loginAs(testApp, setup.finance, 'Fiona');
    tokens['responsible'] = await loginAs(testApp, setup.responsible, 'Rita');
    tokens['plain'] = await loginAs(testApp, setup.plain, 'Max');
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const report = (token: string, body: unknown) =>
    request('POST', `${testApp.baseUrl}/reports/time`, { token, body });

  it("counts only the responsible's teams (on the entry's day), projects, clients and own entries", async () => {
    const response = await report(tokens['responsible'] as string, {
      period,
      groupBy: ['member', 'project'],
      includeEntries: true,
    });
    expect(response.status).toBe(200);
    const { world, responsible, finance, outsider } = setup;
    const visible = world
      .referenceRows()
      .filter(
        (row) =>
          row.keys.team === [...world.teams.keys()][0] ||
          row.keys.project === [...world.projects.keys()][1] ||
          row.keys.member === responsible,
      );
    expect(
      response.body.entries.items
        .map((entry: { entryId: string }) => entry.entryId)
        .sort(),
    ).toEqual(visible.map((row) => row.entryId).sort());
    expect(response.body.totals.entryCount).toBe(4);
    expect(response.body.totals.trackedSeconds).toBe((60 + 30 + 120 + 15) * 60);
    expect(
      Object.fromEntries(
        flattenReport(response.body.totals, response.body.groups),
      ),
    ).toEqual(
      Object.fromEntries(
        referenceGroups(world, referenceSelect(visible, period, {}), [
          'member',
          'project',
        ]),
      ),
    );
    const memberIds = response.body.groups.map(
      (group: { key: string }) => group.key,
    );
    expect(memberIds).not.toContain(finance);
    expect(
      response.body.groups.find(
        (group: { key: string }) => group.key === outsider,
      ).totals.entryCount,
    ).toBe(1); // project Q only
  });

  it('never widens the scope through filters, and members see their own entries only', async () => {
    const outside = await report(tokens['responsible'] as string, {
      period,
      filters: { memberIds: [setup.finance] },
    });
    expect(outside.body.totals.entryCount).toBe(0);
    const own = await report(tokens['plain'] as string, {
      period,
      groupBy: ['member'],
    });
    expect(own.body.groups.map((group: { key: string }) => group.key)).toEqual([
      setup.plain,
    ]);
    const all = await report(tokens['finance'] as string, { period });
    expect(all.body.totals.entryCount).toBe(7);
    expect(all.body.timeZone).toBe('Europe/Berlin');
  });

  it('answers 400 naming the field for bad periods, filters and group-bys', async () => {
    const token = tokens['finance'] as string;
    const cases: Array<[unknown, string]> = [
      [{}, 'period'],
      [{ period: { from: '2026-03-31', to: '2026-03-01' } }, 'period.to'],
      [{ period: { from: '2026-02-30', to: '2026-03-01' } }, 'period.from'],
      [{ period, groupBy: ['year'] }, 'groupBy'],
      [{ period, groupBy: ['client', 'project', 'task', 'member'] }, 'groupBy'],
      [{ period, groupBy: ['client', 'client'] }, 'groupBy'],
      [{ period, filters: { clientIds: ['nope'] } }, 'filters.clientIds'],
      [{ period, filters: { billable: 'yes' } }, 'filters.billable'],
      [{ period, entriesPageSize: 5000 }, 'entriesPageSize'],
      [{ period, surprise: 1 }, 'surprise'],
    ];
    for (const [body, field] of cases) {
      const response = await report(token, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(
        response.body.fields.map((problem: { path: string }) => problem.path),
      ).toContain(field);
    }
  });

  it('pages the entries of the report', async () => {
    const first = await report(tokens['finance'] as string, {
      period,
      includeEntries: true,
      entriesPageSize: 3,
    });
    const third = await report(tokens['finance'] as string, {
      period,
      includeEntries: true,
      entriesPageSize: 3,
      entriesPage: 3,
    });
    expect(first.body.entries).toMatchObject({
      page: 1,
      pageSize: 3,
      total: 7,
    });
    expect(first.body.entries.items).toHaveLength(3);
    expect(third.body.entries.items).toHaveLength(1);
    expect(first.body.entries.items[0]).toMatchObject({
      day: '2026-03-02',
      trackedSeconds: 3600,
      billableSeconds: 3600,
      amount: 0,
      currency: 'EUR',
    });
  });
});
