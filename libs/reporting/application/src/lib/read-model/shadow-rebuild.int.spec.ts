import type { TimeReport } from '@billing/reporting/contracts';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import {
  flattenReport,
  referenceGroups,
  referenceSelect,
  ReportWorld,
} from '../../testing/report-world';
import { TimeReports } from '../time-report/time-reports';
import { ReportReadModel } from './report-read-model';

const START = Date.parse('2026-01-05T07:00:00Z') / 1000;
const period = { from: '2026-01-01', to: '2026-12-31' };
const ADJUSTMENTS = 20;
const spec = {
  period,
  filters: {},
  groupBy: ['project' as const, 'member' as const],
};

function busyWorld(entries: number): {
  world: ReportWorld;
  log: (i: number) => void;
} {
  const world = new ReportWorld();
  world.setUpOrganisation('Europe/Berlin');
  const members = Array.from({ length: 12 }, (_, i) =>
    world.member(`Member ${i}`),
  );
  const teams = [world.team('Team A'), world.team('Team B')];
  members.forEach((memberId, i) =>
    world.assign(memberId, teams[i % 2] ?? null, '2026-01-01'),
  );
  const clients = [world.client('Client X'), world.client('Client Y')];
  const projects = clients.flatMap((clientId, i) => [
    world.project(clientId, `P${i}a`, { mode: 'up', incrementMinutes: 15 }),
    world.project(clientId, `P${i}b`),
  ]);
  const log = (i: number) =>
    world.log({
      memberId: members[i % members.length] as string,
      projectId: projects[(i * 7) % projects.length] as string,
      billable: i % 5 !== 0,
      tags: i % 3 === 0 ? ['a'] : [],
      start: START + (i % 200) * 86_400 + (i % 9) * 3600,
      durationSeconds: 600 + ((i * 37) % 7200),
    });
  clients.forEach((clientId, i) =>
    world.setRate(
      { level: 'client', clientId: clientId as never },
      '2026-01-01',
      9_000 + i * 1_000,
    ),
  );
  world.setCostRate(members[0] as string, '2026-01-01', 4_000);
  for (let i = 0; i < entries; i++) log(i);
  // A rate change after the entries: the unbilled ones from April are valued again (and get a new version).
  world.setRate(
    { level: 'project', projectId: projects[0] as never },
    '2026-04-01',
    15_000,
  );
  return { world, log };
}

const snapshot = (testApp: ReportTestApp) =>
  testApp.dataSource.query(
    `select * from rpt_time_entries order by entry_id`,
  ) as Promise<Array<Record<string, unknown>>>;
const history = (testApp: ReportTestApp) =>
  testApp.dataSource.query(
    `select * from rpt_time_entry_versions order by entry_id, valid_from`,
  ) as Promise<Array<Record<string, unknown>>>;

describe('report read model: shadow rebuild while serving (PostgreSQL)', () => {
  let testApp: ReportTestApp;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase('billing_report_test_rebuild'),
      now: '2026-12-31T12:00:00Z',
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('keeps answering during the rebuild with the same result, and switches to identical rows', async () => {
    const { world } = busyWorld(3000);
    // Signed corrections posted on 3 August (Berlin): labelled rows the rebuild must label the same way.
    const adjusted = [...world.entries.keys()].slice(0, ADJUSTMENTS);
    adjusted.forEach((entryId, i) =>
      world.adjust(
        entryId,
        '2026-08-03',
        Date.parse('2026-08-02T22:00:00Z') / 1000,
        i % 2 === 0 ? -300 : 300,
        `correction ${i}`,
      ),
    );
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const reports = testApp.app.get(TimeReports);
    const readModel = testApp.app.get(ReportReadModel);
    const before = await reports.run(spec, { kind: 'all' });
    const rowsBefore = await snapshot(testApp);
    const versionsBefore = await history(testApp);
    expect(versionsBefore.length).toBeGreaterThanOrEqual(3000);
    expect(before.totals.entryCount).toBe(3000 + ADJUSTMENTS);
    expect(
      rowsBefore.filter((row) => row['adjusts_entry_id'] !== null),
    ).toHaveLength(ADJUSTMENTS);

    const phases = new Set<string>();
    const answers: TimeReport[] = [];
    let done = false;
    const rebuild = readModel.rebuild().finally(() => {
      done = true;
    });
    while (!done) {
      phases.add((await readModel.rebuildStatus()).state);
      answers.push(await reports.run(spec, { kind: 'all' }));
    }
    await rebuild;

    expect(phases).toContain('replaying');
    expect(answers.length).toBeGreaterThan(3);
    for (const answer of answers) expect(answer).toEqual(before);
    expect(await reports.run(spec, { kind: 'all' })).toEqual(before);
    expect(await snapshot(testApp)).toEqual(rowsBefore);
    // The history is rebuilt too, version for version (the shadow set carries the history triggers).
    expect(await history(testApp)).toEqual(versionsBefore);
    const leftovers = await testApp.dataSource.query(
      `select tablename from pg_tables where tablename like 'rpt_%\\_\\_%'`,
    );
    expect(leftovers).toEqual([]);
  }, 120_000);

  it('loses nothing appended during the rebuild, and the live projection carries on after the switch', async () => {
    const { world, log } = busyWorld(1500);
    let appended = await world.appendTo(testApp.eventStore);
    const readModel = testApp.app.get(ReportReadModel);
    const rebuild = readModel.rebuild();
    for (let i = 1500; i < 1600; i++) {
      log(i);
      appended = await world.appendTo(testApp.eventStore, appended);
    }
    await rebuild;
    log(1600);
    await world.appendTo(testApp.eventStore, appended);
    await testApp.caughtUp();
    const filters = { clientIds: [...world.clients.keys()] };
    const report = await testApp.app
      .get(TimeReports)
      .run({ ...spec, filters }, { kind: 'all' });
    expect(report.totals.entryCount).toBe(1601);
    expect(
      Object.fromEntries(flattenReport(report.totals, report.groups)),
    ).toEqual(
      Object.fromEntries(
        referenceGroups(
          world,
          referenceSelect(world.referenceRows(), period, filters),
          spec.groupBy,
        ),
      ),
    );
  }, 120_000);
});
