import { ProjectionHost } from '@billing/shared/event-sourcing';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { ReportWorld } from '../../testing/report-world';
import { ReportAdjustmentColumns1768000000500 } from './1768000000500-report-adjustment-columns';

const at = (instant: string) => Date.parse(instant) / 1000;

const rows = (testApp: ReportTestApp) =>
  testApp.dataSource.query(
    `select * from rpt_time_entries order by entry_id`,
  ) as Promise<Array<Record<string, unknown>>>;
const columnsOf = async (testApp: ReportTestApp, table: string) =>
  (
    (await testApp.dataSource.query(
      `select column_name from information_schema.columns where table_name = $1`,
      [table],
    )) as Array<{ column_name: string }>
  ).map((column) => column.column_name);
/** The definitions of the covering (index-only scan) indexes of a table. */
const coveringIndexesOf = async (testApp: ReportTestApp, table: string) =>
  (
    (await testApp.dataSource.query(
      `select indexdef from pg_indexes where tablename = $1 and indexdef like '%INCLUDE%'`,
      [table],
    )) as Array<{ indexdef: string }>
  ).map((index) => index.indexdef);
const ADDED = ['adjusts_entry_id', 'adjustment_reason', 'cost_currency'];

describe('migration: adjustment and cost currency columns on the report read model (PostgreSQL)', () => {
  let testApp: ReportTestApp;

  beforeAll(async () => {
    testApp = await startReportTestApp({
      databaseUrl: await recreateDatabase(
        'billing_report_test_adjustment_columns',
      ),
      now: '2026-04-15T12:00:00Z',
    });
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('down leaves working tables without the columns; up recreates them and the replay labels the rows again', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const ada = world.member('Ada');
    const project = world.project(world.client('Acme'), 'Portal');
    world.setCostRate(ada, '2026-01-01', 4_500);
    const logged = world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-10T08:00:00Z'),
      durationSeconds: 3600,
    });
    const adjustment = world.adjust(
      logged,
      '2026-04-01',
      at('2026-04-01T00:00:00Z'),
      -600,
      'break',
    );
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const before = await rows(testApp);
    expect(before.find((row) => row['entry_id'] === adjustment)).toMatchObject({
      adjusts_entry_id: logged,
      adjustment_reason: 'break',
      cost_currency: 'EUR',
    });

    // As at a deployment: the projections are stopped while the migrations run, and start after them.
    const projections = testApp.app.get(ProjectionHost);
    await projections.beforeApplicationShutdown();
    const migration = new ReportAdjustmentColumns1768000000500();
    const runner = testApp.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      for (const table of ['rpt_time_entries', 'rpt_time_entry_versions']) {
        const columns = await columnsOf(testApp, table);
        for (const column of ADDED) expect(columns).not.toContain(column);
        // Dropping cost_currency dropped the covering index; down built it again without the column.
        const covering = await coveringIndexesOf(testApp, table);
        expect(covering).toHaveLength(1);
        expect(covering[0]).toContain('amount, cost, currency)');
      }
      // The history trigger copies only the columns the tables still have.
      await testApp.dataSource.query(
        `update rpt_time_entries set billable = not billable, changed_at = changed_at + interval '1 second'`,
      );

      await migration.up(runner);
    } finally {
      await runner.release();
      projections.onApplicationBootstrap();
    }
    for (const table of ['rpt_time_entries', 'rpt_time_entry_versions'])
      expect(await columnsOf(testApp, table)).toEqual(
        expect.arrayContaining(ADDED),
      );
    // The checkpoint is gone: the projection replays from the first event.
    await testApp.caughtUp();
    expect(await rows(testApp)).toEqual(before);
  }, 90_000);
});
