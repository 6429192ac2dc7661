import {
  CHECKPOINT_TABLE,
  type AllFilter,
  isEventCounter,
  type EventStore,
  START,
} from '@billing/event-store';
import type {
  ReportRebuildState,
  ReportRebuildStatus,
} from '@billing/reporting/contracts';
import type { DataSource } from 'typeorm';

export type RebuildProgress = Pick<
  ReportRebuildStatus,
  'eventsApplied' | 'eventsTotal'
>;

/**
 * What the status reports, from the shadow checkpoint's count (`applied`; the final count once done) and the count
 * taken at the start (`counted`). The replay reads up to the end of the store, so events appended after the count
 * are replayed too: the total follows the applied count past the first figure rather than show more than 100 %.
 */
export function rebuildProgress(
  state: ReportRebuildState,
  applied: number | null,
  counted: number | null,
): RebuildProgress {
  switch (state) {
    case 'idle':
      return { eventsApplied: null, eventsTotal: null };
    case 'preparing':
      return { eventsApplied: 0, eventsTotal: counted };
    case 'done':
      return { eventsApplied: applied, eventsTotal: applied };
    default:
      return {
        eventsApplied: applied,
        eventsTotal:
          counted === null || applied === null
            ? counted
            : Math.max(counted, applied),
      };
  }
}

/**
 * Events a replay from the start reads, by the store's counter (one query); null for a store without one, since
 * paging through millions of events only to count them would cost as much as the replay.
 */
export async function countReplayEvents(
  store: EventStore,
  filter: AllFilter | undefined,
): Promise<number | null> {
  return isEventCounter(store) ? store.countAfter(START, filter) : null;
}

/** The projection's `events_applied`; null when it has no checkpoint row (before the replay, after the switch). */
export async function readEventsApplied(
  dataSource: DataSource,
  projection: string,
): Promise<number | null> {
  const [row] = (await dataSource.query(
    `select events_applied from ${CHECKPOINT_TABLE} where projection = $1`,
    [projection],
  )) as Array<{ events_applied: string }>;
  return row === undefined ? null : Number(row.events_applied);
}
