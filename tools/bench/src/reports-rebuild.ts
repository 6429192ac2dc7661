import { type EventStore, type Position, START } from '@billing/event-store';
import {
  shadowRebuildOfReports,
  TIME_REPORT_FILTER,
} from '@billing/reporting/application';
import type { DataSource } from 'typeorm';
import { formatRatio, loadAverage, type Report, verdict } from './harness';

interface RebuildRun {
  label: string;
  seconds: number;
  phases: string;
}

const REPLAY_BATCH = 5000;

/** The shadow rebuild the api runs, timed by phase. `lanes` undefined: the product's default. */
async function timeRebuild(
  dataSource: DataSource,
  store: EventStore,
  label: string,
  lanes: number | undefined,
): Promise<RebuildRun> {
  const phases: Array<[string, number]> = [];
  const started = performance.now();
  await shadowRebuildOfReports(
    dataSource,
    store,
    (phase) => phases.push([phase, performance.now()]),
    REPLAY_BATCH,
    lanes,
  ).run();
  const seconds = (performance.now() - started) / 1000;
  const phaseSeconds = phases
    .slice(0, -1)
    .map(
      ([phase, at], i) =>
        `${phase} ${(((phases[i + 1]?.[1] ?? at) - at) / 1000).toFixed(1)} s`,
    );
  return { label, seconds, phases: phaseSeconds.join(', ') };
}

/** The floor of any replay: every event the projection reads, read and decoded in the same pages, applied nowhere. */
async function timeReadOnly(store: EventStore): Promise<RebuildRun> {
  const started = performance.now();
  let from: Position = START;
  for (;;) {
    const slice = await store.readAll({
      from,
      maxCount: REPLAY_BATCH,
      filter: TIME_REPORT_FILTER,
    });
    from = slice.next;
    if (slice.isEnd) break;
  }
  return {
    label: 'read every event only (limit)',
    seconds: (performance.now() - started) / 1000,
    phases: '-',
  };
}

/**
 * Rebuild of the report read model over the generated organisation: ours (lanes), and beside it in the same run the
 * same rebuild in one lane (the sequential replay) and a pass that only reads the events.
 */
export async function measureReportRebuild(
  dataSource: DataSource,
  store: EventStore,
  events: number,
  report: Report,
  options: { lanes: number | undefined; baselines: boolean },
): Promise<void> {
  const ours = await timeRebuild(
    dataSource,
    store,
    `shadow rebuild, ${options.lanes ?? 'default'} lanes (ours)`,
    options.lanes,
  );
  const runs = [ours];
  if (options.baselines) {
    runs.push(await timeRebuild(dataSource, store, 'the same in one lane', 1));
    runs.push(await timeReadOnly(store));
  }
  const [{ rows }] = (await dataSource.query(
    `select count(*)::int as rows from rpt_time_entries where live`,
  )) as Array<{ rows: number }>;
  report.table(
    `Report projection rebuild (shadow tables, then switch-over), ${events.toLocaleString('en-US')} events, ${rows.toLocaleString('en-US')} live rows (load ${loadAverage()})`,
    ['rebuild', 'seconds', 'events/s', 'vs ours', 'phases', 'target < 120 s'],
    runs.map((run) => [
      run.label,
      run.seconds.toFixed(1),
      Math.round(events / run.seconds).toLocaleString('en-US'),
      formatRatio(run.seconds, ours.seconds),
      run.phases,
      run === ours ? verdict(run.seconds < 120) : '-',
    ]),
  );
}
