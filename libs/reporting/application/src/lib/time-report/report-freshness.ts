import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHECKPOINT_TABLE,
  EVENT_STORE,
  type EventStore,
  type Position,
  type RecordedEvent,
  START,
} from '@billing/event-store';
import type { ReportFreshness } from '@billing/reporting/contracts';
import type { DataSource } from 'typeorm';
import {
  TIME_REPORT_FILTER,
  TIME_REPORT_PROJECTION,
} from '../read-model/time-report.projection';

/**
 * Filtered `$all` reads scan a bounded window per call (5,000 rows in the PostgreSQL adapter) and may come back empty
 * before the end. The projection moves its checkpoint past events it does not apply while idle, so the first match
 * is normally in the first window; this bounds the search when it has stopped far behind on other contexts' events
 * (none of which would change the totals).
 */
const MAX_WINDOWS = 10;

/** Events after the checkpoint looked at unfiltered before a filtered search. */
const PROBED_EVENTS = 16;

interface CheckpointRow {
  position: string;
  last_event_recorded_at: Date | null;
}

/**
 * How current the report read model is: the checkpoint of its projection (what was applied) and the first event
 * after it that the projection will apply. Read-only: a missing checkpoint row (the read model was recreated and the
 * projection has not started yet) means nothing is applied, and everything from the start is pending.
 */
@Injectable()
export class ReportFreshnessReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * The projection's checkpoint (one row of the read-model database); `freshness()` then looks for the first
   * pending event in the event store. Reports read the checkpoint before their totals (see `TimeReports.run`).
   */
  async checkpoint(): Promise<{ freshness(): Promise<ReportFreshness> }> {
    const rows: CheckpointRow[] = await this.dataSource.query(
      `select position, last_event_recorded_at from ${CHECKPOINT_TABLE} where projection = $1`,
      [TIME_REPORT_PROJECTION],
    );
    const row = rows[0];
    const countedThrough = row?.last_event_recorded_at?.toISOString() ?? null;
    const position = (row?.position ?? START) as Position;
    return {
      freshness: async () => ({
        countedThrough,
        pendingSince: await this.firstPendingRecordedAt(position),
      }),
    };
  }

  /**
   * A filtered `$all` read materialises its whole scan window (5,000 rows) even for one event, so the next few events
   * of any kind are probed first (a short index range): while the projection trails, one of them is nearly always one
   * it applies. Only when none is does the filtered read search on from there.
   */
  private async firstPendingRecordedAt(
    checkpoint: Position,
  ): Promise<string | null> {
    const next = await this.store.readAll({
      from: checkpoint,
      maxCount: PROBED_EVENTS,
    });
    const applied = next.events.find(appliesTo);
    if (applied) return recordedAtOf(applied);
    if (next.isEnd) return null;
    let from = next.next;
    for (let window = 0; window < MAX_WINDOWS; window++) {
      const slice = await this.store.readAll({
        from,
        maxCount: 1,
        filter: TIME_REPORT_FILTER,
      });
      const first = slice.events[0];
      if (first) return recordedAtOf(first);
      if (slice.isEnd) return null;
      from = slice.next;
    }
    return null;
  }
}

/** The `$all` filter's rule: a stream prefix and an event type both listed. */
function appliesTo(event: RecordedEvent): boolean {
  const { streamPrefixes, eventTypes } = TIME_REPORT_FILTER;
  return (
    (streamPrefixes?.some((prefix) => event.streamId.startsWith(prefix)) ??
      true) &&
    (eventTypes?.includes(event.type) ?? true)
  );
}

function recordedAtOf(event: RecordedEvent): string {
  return new Date(event.metadata.recordedAt).toISOString();
}
