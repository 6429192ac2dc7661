import type { EventStore } from '@billing/event-store';
import type { DataSource } from 'typeorm';
import { firstDayOfHistory, generateData, type GenerateResult } from '../../generate-data/src/generate';
import { FULL_SIZES } from '../../generate-data/src/sizes';
import { BENCH_DATABASE } from './database';

/** The instant every benchmark generation is anchored to, so `--reuse-data` can tell where its history starts. */
const GENERATED_AT = new Date('2026-11-25T00:00:00Z');

/**
 * The generated organisation for the reports and exports scenarios: written now, or, with `--reuse-data`, the one an
 * earlier run (or `tools/generate-data`) already left in the benchmark database, so the 1,000,000-entry
 * generation is paid once for both scenarios.
 */
export async function generatedOrganisation(
  store: EventStore,
  dataSource: DataSource,
  entries: number,
  reuse: boolean,
): Promise<GenerateResult> {
  const sizes = { ...FULL_SIZES, entries };
  if (!reuse) {
    return generateData(store, { sizes, writers: 8, now: GENERATED_AT, log: (line) => process.stdout.write(`  ${line}\r`) });
  }
  const [counts] = (await dataSource.query(
    `select count(*)::int as events, count(*) filter (where type = 'time-entry-logged')::int as entries from event_store.events`,
  )) as Array<{ events: number; entries: number }>;
  if (!counts || counts.entries === 0) {
    throw new Error(`--reuse-data: database ${BENCH_DATABASE} holds no generated time entries; run once without --reuse-data first`);
  }
  return { events: counts.events, entries: counts.entries, seconds: 0, firstDay: firstDayOfHistory(GENERATED_AT, sizes.months) };
}
