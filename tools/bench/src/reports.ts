import { DataSource } from 'typeorm';
import {
  createPostgresEventStore,
  type EventStore,
  eventStoreMigrations,
  subscriptionMigrations,
} from '@billing/event-store';
import {
  OrganisationZone,
  parallelTotals,
  REPORT_QUERY_PARTS,
  REPORTING_ENTITIES,
  REPORTING_MIGRATIONS,
  ReportFreshnessReader,
  TimeReports,
  type TimeReportSpec,
} from '@billing/reporting/application';
import type { ReportGroupBy } from '@billing/reporting/contracts';
import { Random } from '../../generate-data/src/random';
import { FULL_SIZES } from '../../generate-data/src/sizes';
import { loadAverage, type Report, verdict } from './harness';
import { measureAsOfLatency } from './reports-as-of';
import { measureReportRebuild } from './reports-rebuild';
import type { BenchContext } from './main';
import { generatedOrganisation } from './generated-data';

const QUERIES = 50;
const ONE_MONTH_PAIRS: ReportGroupBy[][] = [
  ['client', 'project'],
  ['project', 'member'],
  ['team', 'member'],
  ['member', 'day'],
  ['project', 'task'],
  ['client', 'week'],
];
const TWELVE_MONTH_PAIRS: ReportGroupBy[][] = [
  ['client', 'project'],
  ['project', 'member'],
  ['team', 'member'],
  ['client', 'month'],
  ['member', 'month'],
  ['project', 'task'],
];
const COLUMNS: Record<ReportGroupBy, string> = {
  client: 'client_id',
  project: 'project_id',
  task: 'task_id',
  member: 'member_id',
  team: 'team_id',
  day: 'local_day',
  week: 'week_key',
  month: 'month_key',
};

interface Figures {
  median: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ] ?? NaN;
const figuresOf = (samples: number[]): Figures => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

function addMonths(firstDay: string, months: number): string {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 + months, 1));
  return date.toISOString().slice(0, 10);
}

const lastDayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);

/** The same totals by a plain GROUP BY over a flat copy of the rows (no rollup, no labels, no tree). */
async function baseline(
  dataSource: DataSource,
  spec: TimeReportSpec,
): Promise<void> {
  const [first, second] = spec.groupBy.map((dimension) => COLUMNS[dimension]);
  const values: unknown[] = [spec.period.from, spec.period.to];
  let filter = '';
  if (spec.filters.billable !== undefined) {
    values.push(spec.filters.billable);
    filter += ` and billable = $${values.length}`;
  }
  if (spec.filters.clientIds !== undefined) {
    values.push(spec.filters.clientIds);
    filter += ` and client_id = any($${values.length}::uuid[])`;
  }
  await dataSource.query(
    `select ${first}, ${second}, sum(tracked_seconds), sum(billable_seconds), sum(billable_seconds) filter (where billed), sum(amount), sum(cost), count(*)
       from bench_flat_report where local_day between $1::date and $2::date${filter} group by ${first}, ${second}`,
    values,
  );
}

const shapeOf = (spec: TimeReportSpec, topGroups: number) =>
  `(${spec.groupBy.join('/')}${spec.filters.billable ? ', billable' : spec.filters.clientIds ? ', 5 clients' : ''}, ${topGroups} top groups)`;

/** 50 varied one-month and twelve-month reports, two levels deep, each beside the same totals over a flat table. */
export async function measureReportLatency(
  dataSource: DataSource,
  store: EventStore,
  firstDay: string,
  report: Report,
): Promise<void> {
  await dataSource.query('drop table if exists bench_flat_report');
  await dataSource.query(
    `create table bench_flat_report as select entry_id, client_id, project_id, task_id, member_id, team_id, local_day, week_key, month_key,
            billable, billed, tracked_seconds, billable_seconds, amount, cost, currency from rpt_time_entries where live`,
  );
  await dataSource.query('vacuum (analyze) bench_flat_report');
  await dataSource.query('vacuum (analyze) rpt_time_entries');
  const reports = new TimeReports(
    dataSource,
    new OrganisationZone(dataSource),
    new ReportFreshnessReader(dataSource, store),
  );
  const clients: Array<{ client_id: string }> = await dataSource.query(
    'select client_id from rpt_clients',
  );
  const random = new Random(7);
  const specs = (months: number, pairs: ReportGroupBy[][]): TimeReportSpec[] =>
    Array.from({ length: QUERIES }, () => {
      const start = addMonths(firstDay, random.int(0, 24 - months));
      const variant = random.int(0, 4);
      const filters =
        variant === 0
          ? { billable: true }
          : variant === 1
            ? {
                clientIds: Array.from(
                  { length: 5 },
                  () => random.pick(clients).client_id,
                ),
              }
            : {};
      return {
        period: { from: start, to: lastDayBefore(addMonths(start, months)) },
        filters,
        groupBy: random.pick(pairs),
      };
    });
  const rowsOut: string[][] = [];
  for (const [label, months, pairs, target] of [
    ['one month', 1, ONE_MONTH_PAIRS, 100],
    ['twelve months', 12, TWELVE_MONTH_PAIRS, 500],
  ] as const) {
    const queries = specs(months, [...pairs]);
    for (const spec of queries.slice(0, 3)) {
      await reports.run(spec, { kind: 'all' });
      await baseline(dataSource, spec);
    }
    const ours: number[] = [];
    const serial: number[] = [];
    const plain: number[] = [];
    const slowest: Array<{ ms: number; shape: string }> = [];
    for (const spec of queries) {
      let t = performance.now();
      const answer = await reports.run(spec, { kind: 'all' });
      const ms = performance.now() - t;
      ours.push(ms);
      slowest.push({ ms, shape: shapeOf(spec, answer.groups.length) });
      t = performance.now();
      await parallelTotals(
        dataSource,
        { ...spec, scope: { kind: 'all' } },
        spec.groupBy,
        1,
      );
      serial.push(performance.now() - t);
      t = performance.now();
      await baseline(dataSource, spec);
      plain.push(performance.now() - t);
    }
    const o = figuresOf(ours);
    const s = figuresOf(serial);
    const b = figuresOf(plain);
    slowest.sort((x, y) => y.ms - x.ms);
    report.note(
      `${label}, slowest: ${slowest
        .slice(0, 4)
        .map(({ ms, shape }) => `${ms.toFixed(0)} ms ${shape}`)
        .join('; ')}`,
    );
    rowsOut.push(
      [
        `${label}: POST /reports/time path (${REPORT_QUERY_PARTS} parts at once, labels, tree)`,
        o.median.toFixed(1),
        o.p95.toFixed(1),
        `${target} ms`,
        verdict(o.p95 < target),
      ],
      [
        `${label}: the same totals and tree in one part (one connection)`,
        s.median.toFixed(1),
        s.p95.toFixed(1),
        '-',
        '-',
      ],
      [
        `${label}: plain GROUP BY over a flat table (baseline)`,
        b.median.toFixed(1),
        b.p95.toFixed(1),
        '-',
        '-',
      ],
    );
  }
  report.table(
    `Report latency, ${QUERIES} varied queries each, grouped two levels (ms)`,
    ['query', 'median', 'p95', 'target p95', 'verdict'],
    rowsOut,
  );
}

/** Projection rebuild of the generated organisation, then report latency beside the flat-table baseline. */
export async function reportsScenario(context: BenchContext): Promise<void> {
  const { report } = context;
  const dataSource = new DataSource({
    type: 'postgres',
    url: context.connectionString,
    entities: REPORTING_ENTITIES,
    migrations: [
      ...eventStoreMigrations,
      ...subscriptionMigrations,
      ...REPORTING_MIGRATIONS,
    ],
    extra: { max: 6 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const store = createPostgresEventStore({
    connectionString: context.connectionString,
    maxConnections: 8,
  });
  try {
    const sizes = { ...FULL_SIZES, entries: context.reportEntries };
    report.note(
      context.reuseData
        ? `reports: reusing the organisation already generated in the database (load ${loadAverage()})`
        : `reports: generating ${sizes.members} members, ${sizes.teams} teams, ${sizes.clients} clients, ${sizes.projects} projects, ${sizes.entries.toLocaleString('en-US')} entries over ${sizes.months} months (load ${loadAverage()})`,
    );
    const generated = await generatedOrganisation(
      store,
      dataSource,
      context.reportEntries,
      context.reuseData,
    );
    report.note(
      `reports: ${generated.events.toLocaleString('en-US')} events written through the event store port in ${generated.seconds.toFixed(1)} s (load ${loadAverage()})`,
    );

    await measureReportRebuild(dataSource, store, generated.events, report, {
      lanes: context.rebuildLanes,
      baselines: context.rebuildBaselines,
    });

    await measureReportLatency(dataSource, store, generated.firstDay, report);
    await measureAsOfLatency(dataSource, store, generated.firstDay, report);
    report.note(`reports: load average at end ${loadAverage()}`);
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}
