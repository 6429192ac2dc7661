import type { DataSource } from 'typeorm';
import {
  START,
  type AllSlice,
  type EventStore,
  type Position,
  type RecordedEvent,
} from '../port/types';
import { advanceCheckpoint, resetCheckpoint } from './checkpoint-repository';
import { planLanes } from './lane-plan';
import type { Projection, ProjectionContext } from './projection';

export interface ReplayOptions {
  /** Events read and applied per batch. */
  batchSize: number;
  /** Concurrent transactions keyed events are spread over (needs `partitionOf`); 1 applies a batch in one. */
  lanes: number;
}

/**
 * Resets the projection and its checkpoint, then replays every event from the start with `replaying: true`,
 * reading the next batch while the current one is applied (one batch of read-ahead).
 */
export async function replayFromStart(
  dataSource: DataSource,
  store: EventStore,
  projection: Projection,
  options: ReplayOptions,
): Promise<void> {
  const reset = projection.reset;
  if (!reset) {
    throw new Error(
      `projection ${projection.name} has no reset(): it cannot be rebuilt`,
    );
  }
  const replay = new Replay(dataSource, projection, options);
  await dataSource.transaction(async (em) => {
    await reset.call(projection, em, replay.context);
    await resetCheckpoint(em, projection.name);
  });
  const read = (from: Position): Promise<AllSlice> => {
    const slice = store.readAll({
      from,
      maxCount: options.batchSize,
      filter: projection.filter,
    });
    // Dropped unawaited if applying the current batch fails; that failure is the one reported.
    slice.catch(() => undefined);
    return slice;
  };
  let position: Position = START;
  let next = read(position);
  for (;;) {
    const slice = await next;
    if (!slice.isEnd) next = read(slice.next);
    if (slice.events.length > 0 || slice.next !== position) {
      position = await replay.batch(position, slice);
    }
    if (slice.isEnd) return;
  }
}

class Replay {
  readonly context: ProjectionContext;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: Projection,
    private readonly options: ReplayOptions,
  ) {
    this.context = { projection: projection.name, replaying: true };
  }

  /** Applies one batch and moves the checkpoint past it; returns the new position. */
  async batch(from: Position, slice: AllSlice): Promise<Position> {
    const { projection, options } = this;
    const partitionOf = projection.partitionOf?.bind(projection);
    if (options.lanes <= 1 || !partitionOf || slice.events.length === 0) {
      await this.dataSource.transaction(async (em) => {
        if (slice.events.length > 0) {
          await projection.apply(slice.events, em, this.context);
        }
        await advanceCheckpoint(
          em,
          projection.name,
          from,
          slice.next,
          slice.events,
        );
      });
      return slice.next;
    }
    let position = from;
    let unrecorded: RecordedEvent[] = [];
    for (const segment of planLanes(slice.events, partitionOf, options.lanes)) {
      if (segment.kind === 'lanes') {
        await this.applyLanes(segment.lanes);
        unrecorded = unrecorded.concat(...segment.lanes);
        continue;
      }
      // An unkeyed run commits with the checkpoint moved just past it, so it is never applied twice.
      const through = [...unrecorded, ...segment.events];
      const last = through[through.length - 1].position;
      await this.dataSource.transaction(async (em) => {
        await projection.apply(segment.events, em, this.context);
        await advanceCheckpoint(em, projection.name, position, last, through);
      });
      position = last;
      unrecorded = [];
    }
    if (unrecorded.length > 0 || slice.next !== position) {
      await this.dataSource.transaction((em) =>
        advanceCheckpoint(
          em,
          projection.name,
          position,
          slice.next,
          unrecorded,
        ),
      );
    }
    return slice.next;
  }

  /** Each lane in its own transaction, all at once; waits for every lane before reporting a failure. */
  private async applyLanes(lanes: RecordedEvent[][]): Promise<void> {
    const outcomes = await Promise.allSettled(
      lanes.map((events) =>
        this.dataSource.transaction((em) =>
          this.projection.apply(events, em, this.context),
        ),
      ),
    );
    const failed = outcomes.find(
      (outcome): outcome is PromiseRejectedResult =>
        outcome.status === 'rejected',
    );
    if (failed) throw failed.reason;
  }
}
