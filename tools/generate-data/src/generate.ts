import type { EventStore } from '@billing/event-store';
import { generateEntries } from './entry-events';
import {
  generateOrganisation,
  renameEvents,
  type StreamBatch,
} from './organisation-events';
import { Random } from './random';
import type { DataSizes } from './sizes';
import { writeBatches } from './write-events';

export interface GenerateOptions {
  sizes: DataSizes;
  seed?: number;
  /** Concurrent appends (default 8). */
  writers?: number;
  /** First day of the history, `YYYY-MM-01` (default: `months` before `now`). */
  now?: Date;
  log?: (line: string) => void;
}

export interface GenerateResult {
  events: number;
  entries: number;
  seconds: number;
  firstDay: string;
}

/** `YYYY-MM-01`, `months` calendar months before `now`'s month: where the generated history starts. */
export function firstDayOfHistory(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}

/** Writes a realistic organisation and its time entries as events, organisation first. */
export async function generateData(
  store: EventStore,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const started = performance.now();
  const random = new Random(options.seed ?? 20260615);
  const now = options.now ?? new Date();
  const firstDay = firstDayOfHistory(now, options.sizes.months);
  const organisation = generateOrganisation(random, options.sizes, firstDay);
  const log = options.log ?? (() => undefined);
  // One writer for the organisation: memberships follow their teams, projects their clients.
  let events = await writeBatches(store, organisation.batches, 1);
  log(`organisation: ${events} events`);
  const parallel = (batches: Iterable<StreamBatch>) =>
    writeBatches(store, batches, options.writers ?? 8, (written) =>
      log(`entries: ${written} events written`),
    );
  events += await parallel(
    generateEntries(
      random,
      organisation,
      options.sizes.entries,
      options.sizes.months,
      now.getTime() / 1000,
    ),
  );
  events += await writeBatches(store, renameEvents(random, organisation, 5), 1);
  return {
    events,
    entries: options.sizes.entries,
    seconds: (performance.now() - started) / 1000,
    firstDay,
  };
}
