import { DataSource } from 'typeorm';
import { createPostgresEventStore } from '@billing/event-store';
import { REPORTING_ENTITIES } from '@billing/reporting/application';
import { benchUrl } from './database';
import { loadAverage, Report } from './harness';
import { measureReportLatency } from './reports';

/**
 * Measures report latency again over the data a previous `--only=reports` run left in billing_bench (no
 * regeneration, no rebuild): `node -r ts-node/register/transpile-only -r tsconfig-paths/register
 * tools/bench/src/reports-latency-rerun.ts` with TS_NODE_PROJECT=tools/bench/tsconfig.json.
 */
async function main(): Promise<void> {
  const url = benchUrl(
    process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432',
  );
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: REPORTING_ENTITIES,
    extra: { max: 6 },
  });
  await dataSource.initialize();
  const store = createPostgresEventStore({ connectionString: url, maxConnections: 2 });
  const report = new Report();
  try {
    const [{ first }] = (await dataSource.query(
      `select to_char(min(local_day), 'YYYY-MM-01') as first from rpt_time_entries`,
    )) as Array<{ first: string }>;
    report.note(
      `Latency re-run over existing billing_bench data (first day ${first}); load average ${loadAverage()}`,
    );
    await measureReportLatency(dataSource, store, first, report);
    report.note(`Load average at end: ${loadAverage()}`);
  } finally {
    await store.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
