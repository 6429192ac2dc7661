import type { DataSource } from 'typeorm';
import {
  type EventStore,
  type Position,
  type RecordedEvent,
  type SubscriptionMessage,
} from '../port/types';
import { advanceCheckpoint, loadCheckpoint } from './checkpoint-repository';
import { interruptibleDelay } from './interruptible-delay';
import { replayFromStart } from './rebuild-replay';
import type { Projection, ProjectionContext } from './projection';
import { ProjectionLock } from './projection-lock';

export interface ProjectionWorkerOptions {
  /** Events applied per transaction while following the subscription. */
  batchSize: number;
  /** Events per transaction during a rebuild (keep write transactions short: readers wait for them). */
  rebuildBatchSize: number;
  /**
   * Concurrent lanes (transactions) a rebuild spreads keyed events over, for projections that declare
   * `partitionOf`; 1 replays in one transaction per batch. Lanes let the database work on one lane's statements
   * while this process prepares another's.
   */
  rebuildLanes: number;
  /** A partial batch is committed after this quiet time. */
  flushAfterMs: number;
  /** How often a waiting instance retries the lock. */
  lockPollMs: number;
  /** Pause before resuming from the stored checkpoint after a failure. */
  retryDelayMs: number;
  /** Checkpoint-only writes (filtered-out events passing by) happen at most this often. */
  idleCheckpointEveryMs: number;
  onError(projection: string, error: unknown): void;
}

export type ProjectionState =
  | 'stopped'
  | 'waiting-for-lock'
  | 'active'
  | 'rebuilding';

export interface ProjectionStatus {
  projection: string;
  state: ProjectionState;
  /** True once the subscription reported it reached the head since the last (re)start. */
  caughtUp: boolean;
  lastError: string | null;
}

const QUIET = Symbol('quiet');

/** Runs one projection: lock, catch up from the checkpoint, follow live, apply in checkpointed batches. */
export class ProjectionWorker {
  private state: ProjectionState = 'stopped';
  private caughtUp = false;
  private lastError: string | null = null;
  private abort = new AbortController();
  private loop: Promise<void> | null = null;
  private readonly lock: ProjectionLock;
  private stopCurrentSubscription: (() => Promise<void>) | null = null;
  private pendingRebuild: {
    resolve: () => void;
    reject: (error: unknown) => void;
  } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projection: Projection,
    private readonly options: ProjectionWorkerOptions,
  ) {
    this.lock = new ProjectionLock(dataSource, projection.name);
  }

  get running(): boolean {
    return this.loop !== null;
  }

  status(): ProjectionStatus {
    return {
      projection: this.projection.name,
      state: this.state,
      caughtUp: this.caughtUp,
      lastError: this.lastError,
    };
  }

  start(): void {
    if (this.loop) {
      return;
    }
    this.abort = new AbortController();
    this.loop = this.run().finally(() => {
      this.state = 'stopped';
      this.loop = null;
    });
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.stopCurrentSubscription?.();
    await this.loop;
  }

  /** Asks the running worker to rebuild once it holds the lock; resolves when the rebuild committed. */
  requestRebuild(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pendingRebuild = { resolve, reject };
      void this.stopCurrentSubscription?.();
    });
  }

  /** Rebuild without a running worker: waits for the lock, rebuilds, lets go. */
  async rebuildStandalone(): Promise<void> {
    const abort = new AbortController();
    if (!(await this.lock.acquire(this.options.lockPollMs, abort.signal))) {
      return;
    }
    try {
      await this.rebuild();
    } finally {
      await this.lock.release();
    }
  }

  private async run(): Promise<void> {
    const signal = this.abort.signal;
    this.state = 'waiting-for-lock';
    while (!signal.aborted) {
      try {
        if (await this.lock.acquire(this.options.lockPollMs, signal)) {
          break;
        }
      } catch (error) {
        this.recordError(error);
        await interruptibleDelay(this.options.retryDelayMs, signal);
      }
    }
    try {
      while (!signal.aborted) {
        try {
          if (this.pendingRebuild) {
            const request = this.pendingRebuild;
            this.pendingRebuild = null;
            await this.rebuild().then(request.resolve, request.reject);
            continue;
          }
          this.state = 'active';
          await this.follow(signal);
        } catch (error) {
          this.recordError(error);
          await interruptibleDelay(this.options.retryDelayMs, signal);
        }
      }
    } finally {
      this.pendingRebuild?.reject(
        new Error(
          `projection ${this.projection.name} stopped before its rebuild`,
        ),
      );
      this.pendingRebuild = null;
      await this.lock.release();
    }
  }

  /** Follows $all from the stored checkpoint until stopped or asked to rebuild. */
  private async follow(signal: AbortSignal): Promise<void> {
    const { projection, options } = this;
    let checkpoint = (
      await this.dataSource.transaction((em) =>
        loadCheckpoint(em, projection.name),
      )
    ).position;
    let lastCheckpointWrite = Date.now();
    this.caughtUp = false;
    const subscription = this.store.subscribeAll({
      from: checkpoint,
      filter: projection.filter,
      batchSize: options.batchSize,
    });
    this.stopCurrentSubscription = () => subscription.unsubscribe();
    if (signal.aborted || this.pendingRebuild) {
      await subscription.unsubscribe();
    }
    const iterator = subscription[Symbol.asyncIterator]();
    let pending: RecordedEvent[] = [];
    let nextMessage = iterator.next();

    const commit = async (next: Position): Promise<void> => {
      const events = pending;
      await this.dataSource.transaction(async (em) => {
        if (events.length > 0) {
          await projection.apply(events, em, this.context(false));
        }
        await advanceCheckpoint(em, projection.name, checkpoint, next, events);
      });
      checkpoint = next;
      pending = [];
      lastCheckpointWrite = Date.now();
    };

    try {
      for (;;) {
        const outcome =
          pending.length > 0
            ? await raceQuiet(nextMessage, options.flushAfterMs)
            : await nextMessage;
        if (outcome === QUIET) {
          await commit(pending[pending.length - 1].position);
          continue;
        }
        if (outcome.done) {
          return;
        }
        nextMessage = iterator.next();
        const message: SubscriptionMessage = outcome.value;
        if (message.kind === 'event') {
          pending.push(message.event);
          if (pending.length >= options.batchSize) {
            await commit(message.event.position);
          }
          continue;
        }
        if (message.kind === 'caught-up') {
          this.caughtUp = true;
        }
        const worthWriting =
          pending.length > 0 ||
          (message.position !== checkpoint &&
            (message.kind === 'caught-up' ||
              Date.now() - lastCheckpointWrite >=
                options.idleCheckpointEveryMs));
        if (worthWriting) {
          await commit(message.position);
        }
      }
    } finally {
      this.stopCurrentSubscription = null;
      await subscription.unsubscribe();
      // The prefetched message is dropped; its checkpoint was not moved, so it is read again next time.
      nextMessage.catch(() => undefined);
    }
  }

  /** Reset, then replay from the start in short transactions, with side effects suppressed. */
  private async rebuild(): Promise<void> {
    this.state = 'rebuilding';
    await replayFromStart(this.dataSource, this.store, this.projection, {
      batchSize: this.options.rebuildBatchSize,
      lanes: this.options.rebuildLanes,
    });
  }

  private context(replaying: boolean): ProjectionContext {
    return { projection: this.projection.name, replaying };
  }

  private recordError(error: unknown): void {
    this.lastError = error instanceof Error ? error.message : String(error);
    this.options.onError(this.projection.name, error);
  }
}

async function raceQuiet<T>(
  promise: Promise<T>,
  ms: number,
): Promise<T | typeof QUIET> {
  let timer: NodeJS.Timeout | undefined;
  const quiet = new Promise<typeof QUIET>((resolve) => {
    timer = setTimeout(() => resolve(QUIET), ms);
  });
  try {
    return await Promise.race([promise, quiet]);
  } finally {
    clearTimeout(timer);
  }
}
