import { AfterCommitNotifier } from './after-commit-notifier';

/** What a store instance holds: notify after its appends, release when it closes. */
export interface NotifierLease {
  notify(): void;
  release(): Promise<void>;
}

interface SharedEntry {
  notifier: AfterCommitNotifier;
  errorHandlers: Set<(error: unknown) => void>;
  leases: number;
}

const shared = new Map<string, SharedEntry>();

/**
 * One coalescing notifier per (database, channel) for the whole process. Store instances that write to the same
 * database share it, so N writers in one process send at most one NOTIFY per interval instead of N: every NOTIFY
 * takes PostgreSQL's cluster-wide notify lock, so their number, not the appends', is what limits concurrent writers.
 * The first lease's interval applies; every lease's error handler hears a failure.
 */
export function leaseAfterCommitNotifier(options: {
  connectionString: string;
  channel: string;
  minIntervalMs: number;
  onError(error: unknown): void;
}): NotifierLease {
  const key = `${options.connectionString}\u0000${options.channel}`;
  let entry = shared.get(key);
  if (!entry) {
    const errorHandlers = new Set<(error: unknown) => void>();
    entry = {
      errorHandlers,
      leases: 0,
      notifier: new AfterCommitNotifier({
        connectionString: options.connectionString,
        channel: options.channel,
        minIntervalMs: options.minIntervalMs,
        onError: (error) => errorHandlers.forEach((handler) => handler(error)),
      }),
    };
    shared.set(key, entry);
  }
  const current = entry;
  const onError = (error: unknown) => options.onError(error);
  current.errorHandlers.add(onError);
  current.leases += 1;
  let released = false;
  return {
    notify: () => {
      if (!released) {
        current.notifier.notify();
      }
    },
    release: async () => {
      if (released) {
        return;
      }
      released = true;
      current.errorHandlers.delete(onError);
      current.leases -= 1;
      if (current.leases === 0) {
        shared.delete(key);
        await current.notifier.close();
      }
    },
  };
}

/** Number of distinct shared notifiers alive in this process (for tests). */
export function sharedNotifierCount(): number {
  return shared.size;
}
