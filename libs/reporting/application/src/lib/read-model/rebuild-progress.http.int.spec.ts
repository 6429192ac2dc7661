import type { ReportRebuildStatus } from '@billing/reporting/contracts';
import { loginAs, request } from '../../testing/http';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { ReportWorld } from '../../testing/report-world';

const START = Date.parse('2026-02-02T08:00:00Z') / 1000;
const ENTRIES = 1500;
/** Each entry is logged, then edited this often: one append of several events, so the store fills quickly. */
const EDITS = 5;
const EVENTS_AT_LEAST = ENTRIES * (1 + EDITS);
const DEADLINE_MS = 90_000;

/** More events than one replay batch (5000), so the checkpoint moves while the replay still runs. */
function historyWorld() {
  const world = new ReportWorld();
  world.setUpOrganisation('Europe/Berlin');
  const admin = world.member('Ada Admin', ['admin']);
  const member = world.member('Max Member', ['member']);
  const project = world.project(world.client('Client X'), 'Project P');
  for (let i = 0; i < ENTRIES; i++) {
    const entryId = world.log({
      memberId: member,
      projectId: project,
      start: START + (i % 100) * 86_400 + (i % 7) * 3600,
      durationSeconds: 900 + (i % 13) * 300,
    });
    for (let edit = 1; edit <= EDITS; edit++)
      world.edit(entryId, { description: `edit ${edit}` });
  }
  return { world, admin, member };
}

describe('report read model rebuild: progress over HTTP (PostgreSQL)', () => {
  let testApp: ReportTestApp;
  let adminToken: string;
  let memberToken: string;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_rbui'),
      now: '2026-12-31T12:00:00Z',
    });
    const { world, admin, member } = historyWorld();
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    adminToken = await loginAs(testApp, admin, 'Ada');
    memberToken = await loginAs(testApp, member, 'Max');
  }, 180_000);

  afterAll(async () => {
    await testApp?.close();
  });

  const status = async (): Promise<ReportRebuildStatus> => {
    const response = await request(
      'GET',
      `${testApp.baseUrl}/reports/read-model`,
      {
        token: adminToken,
      },
    );
    expect(response.status).toBe(200);
    return response.body as ReportRebuildStatus;
  };
  const startRebuild = () =>
    request('POST', `${testApp.baseUrl}/reports/read-model/rebuild`, {
      token: adminToken,
    });

  it('is for organisation managers only', async () => {
    const asMember = await request(
      'GET',
      `${testApp.baseUrl}/reports/read-model`,
      {
        token: memberToken,
      },
    );
    expect(asMember.status).toBe(403);
    expect(await status()).toEqual({
      state: 'idle',
      startedAt: null,
      finishedAt: null,
      error: null,
      eventsApplied: null,
      eventsTotal: null,
    });
  });

  it('reports events applied of the total while replaying, joins a second start, and ends with both equal', async () => {
    const first = await startRebuild();
    expect(first.status).toBe(202);
    expect(first.body.state).toBe('preparing');
    expect(first.body.startedAt).toEqual(expect.any(String));
    const second = await startRebuild();
    expect(second.status).toBe(202);
    expect(second.body.startedAt).toBe(first.body.startedAt);

    const seen: ReportRebuildStatus[] = [];
    const deadline = Date.now() + DEADLINE_MS;
    let last = await status();
    while (last.state !== 'done' && last.state !== 'failed') {
      if (Date.now() > deadline)
        throw new Error(`rebuild not done in time: ${JSON.stringify(last)}`);
      seen.push(last);
      last = await status();
    }

    const midway = seen.filter(
      (s) =>
        s.state === 'replaying' &&
        s.eventsApplied !== null &&
        s.eventsTotal !== null &&
        s.eventsApplied > 0 &&
        s.eventsApplied < s.eventsTotal,
    );
    expect(midway.length).toBeGreaterThan(0);
    for (const s of seen) {
      expect(s.startedAt).toBe(first.body.startedAt);
      expect(s.finishedAt).toBeNull();
      if (s.eventsApplied !== null && s.eventsTotal !== null)
        expect(s.eventsApplied).toBeLessThanOrEqual(s.eventsTotal);
    }
    // Applied never goes back while the rebuild runs.
    const applied = seen.map((s) => s.eventsApplied ?? 0);
    expect(applied).toEqual([...applied].sort((a, b) => a - b));

    expect(last).toMatchObject({
      state: 'done',
      startedAt: first.body.startedAt,
      error: null,
    });
    expect(last.finishedAt).toEqual(expect.any(String));
    expect(last.eventsTotal).toBe(last.eventsApplied);
    expect(last.eventsApplied).toBeGreaterThanOrEqual(EVENTS_AT_LEAST);

    // The switched-over model answers, with every entry.
    const report = await request('POST', `${testApp.baseUrl}/reports/time`, {
      token: adminToken,
      body: {
        period: { from: '2026-01-01', to: '2026-12-31' },
        filters: {},
        groupBy: ['project'],
      },
    });
    expect(report.status).toBe(200);
    expect(report.body.totals.entryCount).toBe(ENTRIES);
  }, 120_000);
});
