import { Injectable } from '@nestjs/common';
import type {
  AllFilter,
  Projection,
  ProjectionContext,
  RecordedEvent,
} from '@billing/event-store';
import { TIME_ENTRY_EVENT_TYPES } from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';
import {
  applyDimensionEvent,
  DIMENSION_EVENT_TYPES,
  DIMENSION_STREAM_PREFIXES,
  isDimensionEvent,
} from './dimension-updates';
import { foldEntries } from './entry-states';
import { upsertEntries } from './entry-upsert';
import {
  isRateEvent,
  ProjectionRates,
  RATE_EVENT_TYPES,
  RATE_STREAM_PREFIXES,
} from './rate-book-updates';
import {
  LIVE_REPORT_TABLES,
  type ReportTables,
  tableList,
} from './report-tables';

export const TIME_REPORT_PROJECTION = 'reporting-time-report';

/** The events the report read model applies (also what the reports' freshness looks for after the checkpoint). */
export const TIME_REPORT_FILTER: AllFilter = {
  streamPrefixes: [
    ...DIMENSION_STREAM_PREFIXES,
    ...RATE_STREAM_PREFIXES,
    'time-entry-',
  ],
  eventTypes: [
    ...DIMENSION_EVENT_TYPES,
    ...RATE_EVENT_TYPES,
    ...TIME_ENTRY_EVENT_TYPES,
  ],
};

/**
 * The report read model: `rpt_time_entries` plus its own dimension tables and rate book, all fed from one
 * subscription so a rebuild never depends on another context's read model. Events are applied in order; a run of
 * time-entry events is folded and written a few statements at a time, an organisation or rate event is applied on its
 * own (it may fan out to many rows). Every change of a counted column leaves a version (see the history trigger).
 */
export class TimeReportProjectionCore implements Projection {
  readonly filter = TIME_REPORT_FILTER;

  constructor(
    readonly name: string,
    readonly tables: ReportTables,
  ) {}

  async apply(
    events: RecordedEvent[],
    em: EntityManager,
    context?: ProjectionContext,
  ): Promise<void> {
    const replaying = context?.replaying ?? false;
    const rates = new ProjectionRates(em, this.tables);
    let run: RecordedEvent[] = [];
    const flush = async () => {
      for (const generation of generations(run))
        await upsertEntries(
          em,
          this.tables,
          (await foldEntries(em, this.tables, generation, replaying)).values(),
          () => rates.book(),
        );
      run = [];
    };
    for (const event of events) {
      if (isDimensionEvent(event)) {
        await flush();
        await applyDimensionEvent(em, this.tables, event, rates);
      } else if (isRateEvent(event)) {
        await flush();
        await rates.apply(event);
      } else if (event.streamId.startsWith('time-entry-')) {
        run.push(event);
      }
    }
    await flush();
  }

  /**
   * Entries are independent of each other: a rebuild may replay different entries' events in concurrent lanes.
   * Organisation and rate events can touch any entry's row, so they stand alone. Re-applying an entry's event is
   * a no-op: the fold skips events at or below the row's stored revision.
   */
  partitionOf(event: RecordedEvent): string | null {
    if (isDimensionEvent(event) || isRateEvent(event)) return null;
    return event.streamId.startsWith('time-entry-') ? event.streamId : null;
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query(`truncate ${tableList(this.tables).join(', ')}`);
  }
}

/**
 * Splits a run of entry events so that each entry's row is written once per distinct recorded-at, in order: the
 * history then holds a version for every instant an entry changed at (events of one append share their instant and
 * fold into one version). Entries are independent of each other, so the k-th instant of every entry goes together.
 */
export function generations(run: readonly RecordedEvent[]): RecordedEvent[][] {
  const result: RecordedEvent[][] = [];
  const seen = new Map<string, { instant: string; generation: number }>();
  for (const event of run) {
    const entryId = (event.data as { entryId: string }).entryId;
    const previous = seen.get(entryId);
    const generation =
      previous === undefined
        ? 0
        : previous.instant === event.metadata.recordedAt
          ? previous.generation
          : previous.generation + 1;
    seen.set(entryId, { instant: event.metadata.recordedAt, generation });
    (result[generation] ??= []).push(event);
  }
  return result;
}

/** The live instance, registered with the ProjectionsModule. */
@Injectable()
export class TimeReportProjection extends TimeReportProjectionCore {
  constructor() {
    super(TIME_REPORT_PROJECTION, LIVE_REPORT_TABLES);
  }
}
