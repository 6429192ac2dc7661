import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { ReportWorld } from '../../testing/report-world';
import { shadowRebuildOfReports } from './report-read-model';

const START = Date.parse('2026-02-02T08:00:00Z') / 1000;
const ENTRIES = 240;
/** Every 11th entry (from the second) gets an adjusting entry: 22 more rows. */
const ADJUSTED_EVERY = 11;
const ADJUSTMENTS = Math.ceil((ENTRIES - 1) / ADJUSTED_EVERY);

/**
 * An entry's later events each in their own append (their own instant), so the history holds several versions per
 * entry: edits of counted columns, deletions and restores, billing and unbilling, timers stopped later, renames (no
 * version), a rate change (revalued rows get one) and adjusting entries.
 */
function historyWorld(): ReportWorld {
  const world = new ReportWorld();
  world.setUpOrganisation('Europe/Berlin');
  const members = Array.from({ length: 6 }, (_, i) =>
    world.member(`Member ${i}`),
  );
  const team = world.team('Team A');
  members.forEach((memberId) => world.assign(memberId, team, '2026-01-01'));
  const client = world.client('Client X');
  const projects = [
    world.project(client, 'P-up', { mode: 'up', incrementMinutes: 15 }),
    world.project(client, 'P-plain'),
  ];
  world.setRate(
    { level: 'client', clientId: client as never },
    '2026-01-01',
    10_000,
  );
  world.setCostRate(members[0] as string, '2026-01-01', 4_000);
  const entries = Array.from({ length: ENTRIES }, (_, i) =>
    world.log({
      memberId: members[i % members.length] as string,
      projectId: projects[i % projects.length] as string,
      start: START + (i % 60) * 86_400 + (i % 7) * 3600,
      durationSeconds: i % 10 === 0 ? null : 900 + ((i * 53) % 5400),
    }),
  );
  entries.forEach((entryId, i) => {
    if (i % 10 === 0) world.stop(entryId, 1800 + i);
    else if (i % 3 === 0)
      world.edit(entryId, { durationSeconds: 600 + i, start: START + i * 60 });
    else if (i % 7 === 0) world.remove(entryId);
  });
  world.renameMember(members[1] as string, 'Member one, renamed');
  entries.forEach((entryId, i) => {
    if (i % 7 === 0 && i % 14 === 0) world.restore(entryId);
    if (i % 4 === 1)
      world.bill(entryId, { kind: 'reference', reference: `R-${i}` });
  });
  world.setRate(
    { level: 'project', projectId: projects[1] as never },
    '2026-02-15',
    12_500,
  );
  entries.forEach((entryId, i) => {
    if (i % 8 === 1) world.unbill(entryId);
    if (i % 5 === 2) world.edit(entryId, { billable: false });
  });
  // Adjusting entries, later billed, deleted or restored: their later versions are folded from the stored rows.
  const adjustments = entries
    .filter((_, i) => i % ADJUSTED_EVERY === 1)
    .map((entryId, i) =>
      world.adjust(
        entryId,
        '2026-04-01',
        Date.parse('2026-03-31T22:00:00Z') / 1000,
        i % 2 === 0 ? -300 : 600,
        `correction ${i}`,
      ),
    );
  adjustments.forEach((entryId, i) => {
    if (i % 3 === 0) world.bill(entryId, { kind: 'reference', reference: `A-${i}` });
    if (i % 3 === 1) world.remove(entryId);
  });
  adjustments.forEach((entryId, i) => {
    if (i % 3 === 1) world.restore(entryId);
  });
  return world;
}

const rows = (testApp: ReportTestApp) =>
  testApp.dataSource.query(
    `select * from rpt_time_entries order by entry_id`,
  ) as Promise<Array<Record<string, unknown>>>;
const versions = (testApp: ReportTestApp) =>
  testApp.dataSource.query(
    `select * from rpt_time_entry_versions order by entry_id, valid_from`,
  ) as Promise<Array<Record<string, unknown>>>;

describe('report read model: a rebuild writes the same history as the live projection (PostgreSQL)', () => {
  let testApp: ReportTestApp;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase(
        'billing_report_test_rebuild_history',
      ),
      now: '2026-12-31T12:00:00Z',
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it("rows and versions, with an entry's events spread over many appends and replay batches", async () => {
    await historyWorld().appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const rowsBefore = await rows(testApp);
    const versionsBefore = await versions(testApp);
    expect(rowsBefore).toHaveLength(ENTRIES + ADJUSTMENTS);
    const labelled = (row: Record<string, unknown>) =>
      row['adjusts_entry_id'] !== null && row['adjustment_reason'] !== null;
    expect(rowsBefore.filter(labelled)).toHaveLength(ADJUSTMENTS);
    expect(versionsBefore.filter(labelled).length).toBeGreaterThan(
      ADJUSTMENTS,
    );
    // Most entries changed at least once after being logged.
    expect(versionsBefore.length).toBeGreaterThan(2 * ENTRIES);

    // Small batches: an entry's first event and its later ones fall into different replay transactions.
    await shadowRebuildOfReports(
      testApp.dataSource,
      testApp.eventStore,
      undefined,
      37,
    ).run();

    expect(await rows(testApp)).toEqual(rowsBefore);
    expect(await versions(testApp)).toEqual(versionsBefore);
  }, 120_000);
});
