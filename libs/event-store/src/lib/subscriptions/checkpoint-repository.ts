import type { EntityManager } from 'typeorm';
import { START, type Position, type RecordedEvent } from '../port/types';
import { CHECKPOINT_TABLE } from './subscription-migrations';

export interface Checkpoint {
  position: Position;
  eventsApplied: number;
  lastEventRecordedAt: string | null;
}

interface CheckpointRow {
  position: string;
  events_applied: string;
  last_event_recorded_at: Date | null;
}

/** Another writer moved the checkpoint since we read it: this batch must not commit. */
export class CheckpointConflictError extends Error {
  override readonly name = 'CheckpointConflictError';
  constructor(
    readonly projection: string,
    readonly expected: Position,
  ) {
    super(`Checkpoint of projection ${projection} is no longer at ${expected}`);
  }
}

export async function loadCheckpoint(
  em: EntityManager,
  projection: string,
): Promise<Checkpoint> {
  await em.query(
    `insert into ${CHECKPOINT_TABLE} (projection, position) values ($1, $2) on conflict (projection) do nothing`,
    [projection, START],
  );
  const rows: CheckpointRow[] = await em.query(
    `select position, events_applied, last_event_recorded_at from ${CHECKPOINT_TABLE} where projection = $1`,
    [projection],
  );
  const row = rows[0];
  return {
    position: row.position as Position,
    eventsApplied: Number(row.events_applied),
    lastEventRecordedAt: row.last_event_recorded_at?.toISOString() ?? null,
  };
}

/**
 * Compare-and-set: moves the checkpoint from `expected` to `next` only if it is still at `expected`.
 * Called inside the transaction that applied `events`, so both commit or neither does.
 */
export async function advanceCheckpoint(
  em: EntityManager,
  projection: string,
  expected: Position,
  next: Position,
  events: readonly RecordedEvent[],
): Promise<void> {
  const last = events[events.length - 1];
  const rows: Array<{ moved: number }> = await em.query(
    `with moved as (
       update ${CHECKPOINT_TABLE}
          set position = $3,
              events_applied = events_applied + $4,
              last_event_recorded_at = coalesce($5::timestamptz, last_event_recorded_at),
              updated_at = now()
        where projection = $1 and position = $2
       returning 1)
     select count(*)::int as moved from moved`,
    [
      projection,
      expected,
      next,
      events.length,
      last?.metadata.recordedAt ?? null,
    ],
  );
  if (rows[0].moved !== 1) {
    throw new CheckpointConflictError(projection, expected);
  }
}

/** Back to the start, for a rebuild. */
export async function resetCheckpoint(
  em: EntityManager,
  projection: string,
): Promise<void> {
  await loadCheckpoint(em, projection);
  await em.query(
    `update ${CHECKPOINT_TABLE}
        set position = $2, events_applied = 0, last_event_recorded_at = null, updated_at = now()
      where projection = $1`,
    [projection, START],
  );
}
