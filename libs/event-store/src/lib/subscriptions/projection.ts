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
  /** Empties the read model before a rebuild; without it the projection cannot be rebuilt. */
  reset?(em: EntityManager, context: ProjectionContext): Promise<void>;
}
