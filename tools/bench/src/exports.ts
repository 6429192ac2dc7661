import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createPostgresEventStore, eventStoreMigrations, subscriptionMigrations } from '@billing/event-store';
import { exportRowsSql, REPORTING_ENTITIES, REPORTING_MIGRATIONS, shadowRebuildOfReports } from '@billing/reporting/application';
import { bundleExportChild } from './export-child-bundle';
import { generatedOrganisation } from './generated-data';
import { loadAverage, verdict } from './harness';
import type { BenchContext } from './main';

const TARGET_SECONDS = { csv: 60, xlsx: 180 } as const;
const TARGET_RSS_MB = 300;
const PERIOD = { from: '2020-01-01', to: '2029-12-31' };

interface ChildFigure {
  outcome: string;
  seconds: number;
  rows: number;
  /** Resident set before the export began (node and the worker's code with pg, exceljs, pdfkit loaded; no ts-node) and its peak while it ran. */
  startRssMb: number;
  peakRssMb: number;
}

/** The worker's own Node arguments (its heap cap), so the child measures what the worker would hold. */
const WORKER_NODE_ARGS = (JSON.parse(readFileSync(path.join(__dirname, '../../../apps/worker/runtime.json'), 'utf8')) as { nodeArgs: string[] }).nodeArgs;

/** Runs one export in its own process (the worker's runner code, bundled to plain JavaScript) and returns what it measured. */
function exportInChild(child: { file: string; nodePath: string }, connectionString: string, format: 'csv' | 'xlsx', directory: string): Promise<ChildFigure> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [...WORKER_NODE_ARGS, child.file, connectionString, format, directory], {
      env: { ...process.env, NODE_PATH: child.nodePath },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    process_.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildFigure) : reject(new Error(`export child exited ${code}`))));
  });
}

/** Baseline: the same rows (same query) straight out of PostgreSQL with COPY ... TO STDOUT (CSV) into a file. */
function copyBaseline(connectionString: string, file: string): Promise<number> {
  const { sql, values } = exportRowsSql({ period: PERIOD, filters: {}, scope: { kind: 'all' } }, ['client']);
  const literal = sql.replace(/\$(\d+)(::\w+)?/g, (_, index: string, cast: string | undefined) => `'${String(values[Number(index) - 1])}'${cast ?? ''}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('psql', [connectionString, '-qAt', '-c', `copy (${literal.replace(/\s+/g, ' ')}) to stdout with (format csv, header)`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pipe(createWriteStream(file));
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`psql exited ${code}`))));
  });
}

/** Generated entries projected into the report read model, then CSV and XLSX exports of all of them beside COPY. */
export async function exportsScenario(context: BenchContext): Promise<void> {
  const { report } = context;
  const dataSource = new DataSource({
    type: 'postgres',
    url: context.connectionString,
    entities: REPORTING_ENTITIES,
    migrations: [...eventStoreMigrations, ...subscriptionMigrations, ...REPORTING_MIGRATIONS],
    extra: { max: 6 },
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const store = createPostgresEventStore({ connectionString: context.connectionString, maxConnections: 8 });
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bench-exports-'));
  try {
    const generated = await generatedOrganisation(store, dataSource, context.exportEntries, context.reuseData);
    const liveRows = async () => ((await dataSource.query('select count(*)::int as rows from rpt_time_entries where live')) as Array<{ rows: number }>)[0]?.rows ?? 0;
    // Reusing the data of an earlier run: its read model is already built (the reports scenario measures rebuilds).
    if (!context.reuseData || (await liveRows()) === 0) await shadowRebuildOfReports(dataSource, store, () => undefined).run();
    const rows = await liveRows();
    report.note(`exports: ${generated.events.toLocaleString('en-US')} events generated and projected; ${rows.toLocaleString('en-US')} live rows to export (load ${loadAverage()})`);

    const baselineFile = path.join(directory, 'baseline.csv');
    const baselineSeconds = await copyBaseline(context.connectionString, baselineFile);
    const table: string[][] = [
      ['COPY (same query) TO STDOUT, CSV (baseline)', rows.toLocaleString('en-US'), baselineSeconds.toFixed(1), '-', (statSync(baselineFile).size / 2 ** 20).toFixed(1), '-', '-'],
    ];
    const scaled = rows >= 1_000_000 ? '' : ` (scaled: ${rows.toLocaleString('en-US')} rows, not 1,000,000)`;
    const child = bundleExportChild(directory);
    for (const format of ['csv', 'xlsx'] as const) {
      const figure = await exportInChild(child, context.connectionString, format, directory);
      const file = path.join(directory, readdirSync(directory).find((name) => name !== 'baseline.csv' && name.endsWith(`.${format}`)) ?? '');
      const target = TARGET_SECONDS[format] * (rows >= 1_000_000 ? 1 : rows / 1_000_000);
      table.push([
        `export job runner, ${format.toUpperCase()}`,
        figure.rows.toLocaleString('en-US'),
        figure.seconds.toFixed(1),
        `${figure.peakRssMb.toFixed(0)} (${figure.startRssMb.toFixed(0)} at start)`,
        (statSync(file).size / 2 ** 20).toFixed(1),
        `< ${target.toFixed(1)} s, < ${TARGET_RSS_MB} MB${scaled}`,
        verdict(figure.outcome === 'completed' && figure.rows === rows && figure.seconds < target && figure.peakRssMb < TARGET_RSS_MB),
      ]);
    }
    report.table(
      `Exports of every entry, grouped by client (load ${loadAverage()})`,
      ['path', 'rows', 'seconds', 'peak RSS MB', 'file MB', 'target', 'verdict'],
      table,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
    await store.close();
    await dataSource.destroy();
  }
}
