import type { DataSource } from 'typeorm';
import type { EventStore } from '@billing/event-store';
import {
  OrganisationZone,
  ReportFreshnessReader,
  TimeReports,
  type TimeReportSpec,
} from '@billing/reporting/application';
import type { ReportGroupBy } from '@billing/reporting/contracts';
import { Random } from '../../generate-data/src/random';
import { type Report, verdict } from './harness';

const QUERIES = 20;
const PAIRS: ReportGroupBy[][] = [
  ['client', 'project'],
  ['project', 'member'],
  ['team', 'member'],
  ['member', 'day'],
];
const TARGET_MS = 5000;

const percentile = (sorted: number[], p: number) =>
  sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ] ?? NaN;

function monthStarting(
  firstDay: string,
  offset: number,
): TimeReportSpec['period'] {
  const [year, month] = firstDay.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year, month - 1 + offset, 1));
  const to = new Date(Date.UTC(year, month + offset, 0));
  return {
    from: from.toISOString().slice(0, 10),
    to: to.toISOString().slice(0, 10),
  };
}

/**
 * One-month reports as of instants spread over the time the history was recorded (from the entry versions), each
 * beside the same report live (baseline), through the same TimeReports path the API uses.
 */
export async function measureAsOfLatency(
  dataSource: DataSource,
  store: EventStore,
  firstDay: string,
  report: Report,
): Promise<void> {
  await dataSource.query('vacuum (analyze) rpt_time_entry_versions');
  const [range] = (await dataSource.query(
    `select min(valid_from) as first, max(valid_from) as last, count(*)::int as versions from rpt_time_entry_versions`,
  )) as Array<{ first: Date; last: Date; versions: number }>;
  if (!range || range.versions === 0) {
    report.note('reports as of: no entry versions to ask about');
    return;
  }
  const reports = new TimeReports(
    dataSource,
    new OrganisationZone(dataSource),
    new ReportFreshnessReader(dataSource, store),
  );
  const random = new Random(11);
  const first = range.first.getTime();
  const span = range.last.getTime() - first;
  const specs = Array.from(
    { length: QUERIES },
    (): TimeReportSpec => ({
      period: monthStarting(firstDay, random.int(0, 23)),
      filters: {},
      groupBy: random.pick(PAIRS),
      asOf: new Date(first + Math.floor(random.next() * span)).toISOString(),
    }),
  );
  for (const spec of specs.slice(0, 2))
    await reports.run(spec, { kind: 'all' });
  const asOf: number[] = [];
  const live: number[] = [];
  for (const spec of specs) {
    let t = performance.now();
    await reports.run(spec, { kind: 'all' });
    asOf.push(performance.now() - t);
    const { asOf: _instant, ...liveSpec } = spec;
    t = performance.now();
    await reports.run(liveSpec, { kind: 'all' });
    live.push(performance.now() - t);
  }
  const row = (
    label: string,
    samples: number[],
    target: string,
    ok: string,
  ) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return [
      label,
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      target,
      ok,
    ];
  };
  const p95 = percentile(
    [...asOf].sort((a, b) => a - b),
    95,
  );
  report.table(
    `Reports as of a past instant, ${QUERIES} one-month queries grouped two levels, over ${range.versions.toLocaleString('en-US')} entry versions (ms)`,
    ['query', 'median', 'p95', 'target', 'verdict'],
    [
      row(
        'one month as of an instant',
        asOf,
        `${TARGET_MS} ms`,
        verdict(p95 < TARGET_MS),
      ),
      row('the same month live (baseline)', live, '-', '-'),
    ],
  );
}
