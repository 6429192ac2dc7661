import type { EntityManager } from 'typeorm';
import type { AllFilter, RecordedEvent } from '../port/types';

/** Passed with every batch: side effects (notifications, e-mails) must be skipped while `replaying`. */
export interface ProjectionContext {
  projection: string;
  replaying: boolean;
}

/**
 * A read model fed from $all. `apply` runs inside the transaction that also moves the checkpoint,
 * so it must write only through `em`.
 */
export interface Projection {
  /** Stable name: the checkpoint and the advisory lock are keyed by it. */
  name: string;
  filter?: AllFilter;
  apply(
    events: RecordedEvent[],
    em: EntityManager,
    context: ProjectionContext,
  ): Promise<void>;
  /**
   * Optional, for rebuilds in concurrent lanes (`rebuildLanes` > 1): the key an event belongs to, or null for an
   * event that may touch any key (applied alone, between the lanes' work before and after it). Declaring it
   * promises two things: events of different keys can be applied in any order relative to each other, each in its
   * own transaction; and re-applying a keyed event the read model already holds is a no-op (e.g. skipped by stream
   * revision), because a lane commits before the batch's checkpoint does.
   */
  partitionOf?(event: RecordedEvent): string | null;
  /** Empties the read model before a rebuild; without it the projection cannot be rebuilt. */
  reset?(em: EntityManager, context: ProjectionContext): Promise<void>;
}
