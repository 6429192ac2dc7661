import { randomUUID } from 'node:crypto';
import {
  CHECKPOINT_TABLE,
  createPostgresEventStore,
  type Position,
  type RecordedEvent,
  START,
} from '@billing/event-store';
import type { TimeReport } from '@billing/reporting/contracts';
import { awaitReadModel } from '@billing/shared/event-sourcing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  recreateDatabase,
  type ReportTestApp,
  startReportTestApp,
} from '../../testing/report-test-app';
import { ReportWorld } from '../../testing/report-world';
import { recreateReportReadModel } from '../migrations/recreate-report-read-model';
import { TIME_REPORT_FILTER } from '../read-model/time-report.projection';
import { REPORTING_ENTITIES } from '../reporting-persistence';
import { OrganisationZone } from '../shared/organisation-zone';
import { ReportFreshnessReader } from './report-freshness';
import { TimeReports } from './time-reports';

const at = (instant: string) => Date.parse(instant) / 1000;
const HOUR = 3600;

/**
 * The report says how current its read model is: while the projection trails (held back by a lock on the
 * checkpoints: it applies the new events but cannot commit them, as when it is slow or stopped on an error), and
 * after a deployment whose migration recreated the read model (it replays from the first event).
 */
describe('report freshness (PostgreSQL)', () => {
  let testApp: ReportTestApp;
  let reports: TimeReports;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await recreateDatabase('billing_report_test_fresh');
    testApp = await startReportTestApp({
      databaseUrl,
      now: '2026-04-15T12:00:00Z',
    });
    reports = testApp.app.get(TimeReports);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
  });

  /** The events the report projection applies, after `from`, in store order. */
  async function reportEvents(from: Position = START) {
    const slice = await testApp.eventStore.readAll({
      from,
      maxCount: 10_000,
      filter: TIME_REPORT_FILTER,
    });
    return slice.events;
  }

  it('names the first pending event while the projection trails, and the last applied one once it caught up', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const ada = world.member('Ada');
    const client = world.client('Acme', 'EUR');
    const project = world.project(client, 'Portal');
    world.log({
      memberId: ada,
      projectId: project,
      start: at('2026-03-02T08:00:00Z'),
      durationSeconds: HOUR,
    });
    let appended = await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const applied = await reportEvents();
    const lastApplied = applied[applied.length - 1];
    if (!lastApplied) throw new Error('no report events were appended');

    const march = () =>
      reports.run(
        {
          period: { from: '2026-03-01', to: '2026-03-31' },
          filters: { clientIds: [client] },
          groupBy: [],
        },
        { kind: 'all' },
      );

    const current = await march();
    expect(current.totals.entryCount).toBe(1);
    expect(current.freshness).toEqual({
      countedThrough: lastApplied.metadata.recordedAt,
      pendingSince: null,
    });

    const lock = new Client({ connectionString: databaseUrl });
    await lock.connect();
    let pendingReport: TimeReport | undefined;
    try {
      await lock.query('begin');
      // A table lock, not a row lock: it takes no transaction id, so the store's visibility gate (events of
      // transactions older than every running one) still shows the new events to the projection and to readers.
      await lock.query(`lock table ${CHECKPOINT_TABLE} in exclusive mode`);
      // Another context's event first: pending for the store, but not for the report.
      await testApp.eventStore.append(
        `invoice-${randomUUID()}`,
        [
          {
            id: randomUUID(),
            type: 'invoice-drafted',
            data: {},
            metadata: {
              actor: 'test',
              occurredAt: new Date().toISOString(),
              correlationId: randomUUID(),
            },
          },
        ],
        'no_stream',
      );
      world.log({
        memberId: ada,
        projectId: project,
        start: at('2026-03-03T08:00:00Z'),
        durationSeconds: 2 * HOUR,
      });
      world.log({
        memberId: ada,
        projectId: project,
        start: at('2026-03-04T08:00:00Z'),
        durationSeconds: 3 * HOUR,
      });
      appended = await world.appendTo(testApp.eventStore, appended);
      // The store shows an event once every older transaction has ended (its visibility gate), a moment after the
      // append: wait for the first entry's.
      let pending: RecordedEvent[] = [];
      const visible = await awaitReadModel(async () => {
        pending = await reportEvents(lastApplied.position);
        return pending.length > 0;
      }, 15_000);
      expect(visible).toBe(true);
      expect(pending[0]?.streamId).toMatch(/^time-entry-/);

      pendingReport = await march();
      expect(pendingReport.totals.entryCount).toBe(1);
      expect(pendingReport.freshness).toEqual({
        countedThrough: lastApplied.metadata.recordedAt,
        pendingSince: pending[0]?.metadata.recordedAt,
      });
    } finally {
      await lock.query('rollback');
      await lock.end();
    }

    let caughtUp: TimeReport | undefined;
    const seen = await awaitReadModel(async () => {
      caughtUp = await march();
      return (
        caughtUp.freshness?.pendingSince === null &&
        caughtUp.totals.entryCount === 3
      );
    }, 15_000);
    expect(seen).toBe(true);
    const all = await reportEvents();
    const last = all[all.length - 1];
    expect(caughtUp?.freshness?.countedThrough).toBe(last?.metadata.recordedAt);
    expect(caughtUp?.totals).toMatchObject({
      entryCount: 3,
      trackedSeconds: 6 * HOUR,
    });
    expect(
      Date.parse(caughtUp?.freshness?.countedThrough ?? ''),
    ).toBeGreaterThan(
      Date.parse(pendingReport?.freshness?.countedThrough ?? ''),
    );
  }, 60_000);

  it('after a migration recreated the read model: nothing counted, everything pending from the first event, until replayed', async () => {
    const world = new ReportWorld();
    world.setUpOrganisation('UTC');
    const bea = world.member('Bea');
    const client = world.client('Initech', 'EUR');
    const project = world.project(client, 'Migration');
    for (const day of ['2026-03-05', '2026-03-06'])
      world.log({
        memberId: bea,
        projectId: project,
        start: at(`${day}T09:00:00Z`),
        durationSeconds: HOUR,
      });
    await world.appendTo(testApp.eventStore);
    await testApp.caughtUp();
    const march = (timeReports: TimeReports) =>
      timeReports.run(
        {
          period: { from: '2026-03-01', to: '2026-03-31' },
          filters: { clientIds: [client] },
          groupBy: [],
        },
        { kind: 'all' },
      );

    // The deployment: the api stops, the migration recreates the read model, the api starts again.
    await testApp.close();
    const dataSource = new DataSource({
      type: 'postgres',
      url: databaseUrl,
      entities: REPORTING_ENTITIES,
    });
    await dataSource.initialize();
    const store = createPostgresEventStore({
      connectionString: databaseUrl,
      maxConnections: 2,
    });
    try {
      const runner = dataSource.createQueryRunner();
      await recreateReportReadModel(runner);
      await runner.release();
      const [first] = (
        await store.readAll({ maxCount: 1, filter: TIME_REPORT_FILTER })
      ).events;
      const offline = await march(
        new TimeReports(
          dataSource,
          new OrganisationZone(dataSource),
          new ReportFreshnessReader(dataSource, store),
        ),
      );
      expect(offline.freshness).toEqual({
        countedThrough: null,
        pendingSince: first?.metadata.recordedAt,
      });
      expect(offline.totals.entryCount).toBe(0);
    } finally {
      await store.close();
      await dataSource.destroy();
    }

    testApp = await startReportTestApp({
      databaseUrl,
      now: '2026-04-15T12:00:00Z',
    });
    reports = testApp.app.get(TimeReports);
    let replayed: TimeReport | undefined;
    const seen = await awaitReadModel(async () => {
      replayed = await march(reports);
      return (
        replayed.freshness?.pendingSince === null &&
        replayed.totals.entryCount === 2
      );
    }, 30_000);
    expect(seen).toBe(true);
    const all = await reportEvents();
    expect(replayed?.freshness?.countedThrough).toBe(
      all[all.length - 1]?.metadata.recordedAt,
    );
    expect(replayed?.totals.trackedSeconds).toBe(2 * HOUR);
  }, 90_000);
});
