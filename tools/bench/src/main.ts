import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Contender } from './contender';
import { benchUrl, openDataSource, recreateDatabase } from './database';
import { emmettContender, PEER } from './emmett-peer';
import { formatRate, loadAverage, Report, verdict } from './harness';
import { OUR_STORE, ourStoreContender } from './our-store';
import { PLAIN, plainTableContender } from './plain-table';
import {
  appendThroughput,
  WRITER_COUNTS,
  type AppendFigure,
} from './scenario-append';
import {
  CATCH_UP_TARGET_SECONDS,
  catchUp,
  type CatchUpFigure,
} from './scenario-catch-up';
import { commandPath } from './scenario-command-path';
import { projectionRebuild } from './scenario-rebuild';
import { reportsScenario } from './reports';
import { exportsScenario } from './exports';

export interface BenchContext {
  connectionString: string;
  durationMs: number;
  catchUpEvents: number;
  rebuildEvents: number;
  reportEntries: number;
  exportEntries: number;
  /** Keep the database and the organisation an earlier run generated in it (reports and exports only). */
  reuseData: boolean;
  /** Replay lanes for the report rebuild (undefined: the product's default). */
  rebuildLanes: number | undefined;
  /** Also rebuild in one lane and read every event without applying, as baselines beside the rebuild. */
  rebuildBaselines: boolean;
  report: Report;
}

/** Creates a contender sized for `writers` concurrent writers (one connection each). */
export type ContenderFactory = (writers: number) => Promise<Contender>;

const SCENARIOS = [
  'append',
  'command',
  'catchup',
  'rebuild',
  'reports',
  'exports',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const USAGE = `npm run bench [-- options]
  --quick              short smoke run (1.5 s per cell, 50k events for catch-up, 20k for rebuild)
  --only=a,b           scenarios among ${SCENARIOS.join(', ')} (default: all)
  --duration=SECONDS   per append/command cell (default 8)
  --catchup-events=N   events loaded for the catch-up read (default 1000000)
  --rebuild-events=N   events loaded for the projection rebuild (default 200000)
  --report-entries=N   time entries generated for the reports scenario (default 1000000, --quick 20000)
  --export-entries=N   time entries generated for the exports scenario (default 1000000, --quick 20000)
  --reuse-data         reports/exports only: keep the database and reuse the organisation an earlier run generated
  --rebuild-lanes=N    replay lanes of the report rebuild (default: the product's)
  --no-rebuild-baselines  reports: skip the one-lane rebuild and the read-only pass printed beside the rebuild
  BENCH_PG_URL         server URL (default postgres://postgres@127.0.0.1:5432); the database billing_bench is dropped
                       and recreated`;

function parseOptions(argv: string[]) {
  const flags = new Map(
    argv.map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? 'true'] as const;
    }),
  );
  if (flags.has('help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = flags.has('quick');
  const only = (flags.get('only')?.split(',') ?? [...SCENARIOS]) as Scenario[];
  for (const name of only) {
    if (!SCENARIOS.includes(name))
      throw new Error(`Unknown scenario ${name}\n${USAGE}`);
  }
  return {
    quick,
    only,
    durationMs: Number(flags.get('duration') ?? (quick ? 1.5 : 8)) * 1000,
    catchUpEvents: Number(
      flags.get('catchup-events') ?? (quick ? 50_000 : 1_000_000),
    ),
    rebuildEvents: Number(
      flags.get('rebuild-events') ?? (quick ? 20_000 : 200_000),
    ),
    reportEntries: Number(
      flags.get('report-entries') ?? (quick ? 20_000 : 1_000_000),
    ),
    reuseData: flags.has('reuse-data'),
    rebuildLanes: flags.has('rebuild-lanes')
      ? Number(flags.get('rebuild-lanes'))
      : undefined,
    rebuildBaselines: !flags.has('no-rebuild-baselines'),
    exportEntries: Number(
      flags.get('export-entries') ?? (quick ? 20_000 : 1_000_000),
    ),
  };
}

async function serverVersion(connectionString: string): Promise<string> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; sc: string; sb: string }>(
      `select split_part(version(), ' on ', 1) as v, current_setting('synchronous_commit') as sc,
              current_setting('shared_buffers') as sb`,
    );
    return `${rows[0].v} (synchronous_commit=${rows[0].sc}, shared_buffers=${rows[0].sb})`;
  } finally {
    await client.end();
  }
}

function singleEventTargets(
  report: Report,
  figures: AppendFigure[],
  title: string,
): boolean[] {
  const rate = (writers: number, contender: string) => {
    const figure = figures.find(
      (f) =>
        f.batch === 1 && f.writers === writers && f.contender === contender,
    );
    return figure
      ? figure.throughput.operations / figure.throughput.seconds
      : NaN;
  };
  const verdicts: boolean[] = [];
  report.table(
    title,
    [
      'writers',
      `${OUR_STORE} appends/s`,
      'half plain',
      'peer',
      '>= half plain',
      '> peer',
    ],
    WRITER_COUNTS.map((writers) => {
      const ours = rate(writers, OUR_STORE);
      const halfPlain = rate(writers, PLAIN) / 2;
      const peer = rate(writers, PEER);
      verdicts.push(ours >= halfPlain, ours > peer);
      return [
        String(writers),
        formatRate(ours),
        formatRate(halfPlain),
        formatRate(peer),
        verdict(ours >= halfPlain),
        verdict(ours > peer),
      ];
    }),
  );
  return verdicts;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const serverUrl =
    process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
  const connectionString = benchUrl(serverUrl);
  const report = new Report();
  const context: BenchContext = { connectionString, report, ...options };

  if (options.reuseData) {
    const other = options.only.filter(
      (name) => name !== 'reports' && name !== 'exports',
    );
    if (other.length > 0)
      throw new Error(
        `--reuse-data works with --only=reports,exports, not ${other.join(',')}`,
      );
  } else {
    await recreateDatabase(serverUrl);
  }
  const dataSource = await openDataSource(connectionString);
  const started = new Date();
  report.note(
    `Run ${started.toISOString()}${options.quick ? ' (--quick)' : ''} on ${os.cpus().length} CPUs, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${await serverVersion(connectionString)}. ` +
      `Load average at start: ${loadAverage()}.`,
  );

  const contenders: ContenderFactory[] = [
    async (writers) => plainTableContender(connectionString, writers),
    async (writers) => ourStoreContender(connectionString, writers),
    async () => emmettContender(connectionString),
  ];
  const targets: Array<[string, string]> = [];
  try {
    if (options.only.includes('append')) {
      // An extra baseline here only: the plain insert plus pg_notify, to show what waking subscribers costs.
      const withNotify: ContenderFactory = async (writers) =>
        plainTableContender(connectionString, writers, true);
      const figures = await appendThroughput(context, [
        contenders[0],
        withNotify,
        ...contenders.slice(1),
      ]);
      const verdicts = singleEventTargets(
        report,
        figures,
        'Targets: single-event appends',
      );
      targets.push([
        'single-event appends >= half the plain-insert rate (1/4/16 writers)',
        verdicts
          .filter((_, i) => i % 2 === 0)
          .map(verdict)
          .join(' / '),
      ]);
      targets.push([
        'single-event appends faster than the peer (1/4/16 writers)',
        verdicts
          .filter((_, i) => i % 2 === 1)
          .map(verdict)
          .join(' / '),
      ]);
    }
    if (options.only.includes('command')) {
      await commandPath(context, contenders);
    }
    if (options.only.includes('catchup')) {
      const figures: CatchUpFigure[] = await catchUp(context);
      const slowest = Math.max(...figures.slice(1).map((f) => f.seconds));
      const complete = figures.every((f) => f.events === options.catchUpEvents);
      const scaled =
        options.catchUpEvents === 1_000_000
          ? ''
          : ` (only ${options.catchUpEvents} events: not the 1,000,000 of the target)`;
      targets.push([
        `catch-up of ${options.catchUpEvents.toLocaleString('en-US')} events under ${CATCH_UP_TARGET_SECONDS} s${scaled}`,
        `${verdict(complete && slowest < CATCH_UP_TARGET_SECONDS)} (${slowest.toFixed(2)} s)`,
      ]);
    }
    if (options.only.includes('rebuild')) {
      await projectionRebuild(context, dataSource);
    }
    if (options.only.includes('reports')) {
      await reportsScenario(context);
    }
    if (options.only.includes('exports')) {
      await exportsScenario(context);
    }
  } finally {
    await dataSource.destroy();
  }
  if (targets.length > 0)
    report.table(
      'Summary of targets',
      ['target', 'result'],
      targets.map(([t, r]) => [t, r]),
    );
  report.note(
    `Finished after ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s. Load average at end: ${loadAverage()}.`,
  );

  const resultsDir = path.resolve(__dirname, '../results');
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(
    resultsDir,
    `${started.toISOString().replace(/[:.]/g, '-')}${options.quick ? '-quick' : ''}.md`,
  );
  writeFileSync(file, report.toMarkdown());
  console.log(`Saved ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
