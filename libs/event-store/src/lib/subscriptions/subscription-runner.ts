import type { DataSource } from 'typeorm';
import type { EventStore } from '../port/types';
import type { Projection } from './projection';
import { measureLag, type ProjectionLag } from './projection-lag';
import {
  ProjectionWorker,
  type ProjectionStatus,
  type ProjectionWorkerOptions,
} from './projection-worker';

export type SubscriptionRunnerOptions = Partial<ProjectionWorkerOptions>;

const DEFAULTS: ProjectionWorkerOptions = {
  batchSize: 500,
  rebuildBatchSize: 2000,
  rebuildLanes: 1,
  flushAfterMs: 100,
  lockPollMs: 1000,
  retryDelayMs: 1000,
  idleCheckpointEveryMs: 1000,
  onError: () => undefined,
};

/**
 * Runs checkpointed catch-up projections over any EventStore adapter. Checkpoints live in the read-model database
 * (`subscriptionMigrations`); each batch and its checkpoint commit together, with compare-and-set on the previous
 * checkpoint, so a batch is applied exactly once even if the process dies half-way.
 */
export class SubscriptionRunner {
  private readonly workers = new Map<string, ProjectionWorker>();
  private readonly projections = new Map<string, Projection>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    options: SubscriptionRunnerOptions = {},
  ) {
    const resolved = { ...DEFAULTS, ...options };
    for (const projection of projections) {
      if (this.projections.has(projection.name)) {
        throw new Error(`Two projections are named ${projection.name}`);
      }
      this.projections.set(projection.name, projection);
      this.workers.set(
        projection.name,
        new ProjectionWorker(dataSource, store, projection, resolved),
      );
    }
  }

  /** Starts every projection; each waits for its lock in the background, so this returns at once. */
  start(): void {
    for (const worker of this.workers.values()) {
      worker.start();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(
      [...this.workers.values()].map((worker) => worker.stop()),
    );
  }

  /** Resets the read model and replays it from the first event, suppressing side effects. */
  async rebuild(name: string): Promise<void> {
    const worker = this.worker(name);
    if (worker.running) {
      await worker.requestRebuild();
    } else {
      await worker.rebuildStandalone();
    }
  }

  status(name: string): ProjectionStatus {
    return this.worker(name).status();
  }

  lag(name: string, now: Date = new Date()): Promise<ProjectionLag> {
    this.worker(name);
    const projection = this.projections.get(name);
    return measureLag(
      this.dataSource,
      this.store,
      name,
      projection?.filter,
      now,
    );
  }

  private worker(name: string): ProjectionWorker {
    const worker = this.workers.get(name);
    if (!worker) {
      throw new Error(`Unknown projection ${name}`);
    }
    return worker;
  }
}
