import {
  START,
  type AllFilter,
  type AllSlice,
  type Position,
  type SubscribeAllOptions,
  type Subscription,
  type SubscriptionMessage,
} from '../port/types';
import type { NotificationListener } from './notification-listener';

export interface SubscriptionSource {
  readSlice(
    from: Position,
    maxCount: number,
    filter: AllFilter | undefined,
  ): Promise<AllSlice>;
  listener: NotificationListener;
  pollIntervalMs: number;
}

const DEFAULT_BATCH_SIZE = 500;
/** While far behind, slices grow (doubling) up to this size, or the requested batch size if that is larger. */
export const CATCH_UP_MAX_SLICE = 5000;

interface PendingRead {
  slice: Promise<AllSlice>;
  /** Wake-signal generation seen just before the read was sent: a wake-up after it means "read again". */
  seen: number;
}

/**
 * Catch-up then live over $all: reads slices until the visible end, signals caught-up once, then waits for a
 * NOTIFY (or the poll interval, whichever comes first) and reads again. Every slice ends with a checkpoint.
 *
 * While catching up, the next slice is read while the consumer works through the current one (one slice of
 * read-ahead: at most two slices in memory), and slices grow from `batchSize` up to `CATCH_UP_MAX_SLICE` while
 * the reader is behind; once at the end, slices go back to `batchSize`.
 */
export function createPostgresSubscription(
  source: SubscriptionSource,
  options: SubscribeAllOptions,
): Subscription {
  const abort = new AbortController();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxSlice = Math.max(batchSize, CATCH_UP_MAX_SLICE);

  const read = (from: Position, size: number): PendingRead => {
    const seen = source.listener.signal.current;
    const slice = source.readSlice(from, size, options.filter);
    // If the consumer stops before this read is awaited, its failure must not surface as unhandled.
    slice.catch(() => undefined);
    return { slice, seen };
  };

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let position = options.from ?? START;
    let caughtUp = false;
    let size = batchSize;
    await source.listener.ensureListening();
    let pending: PendingRead = read(position, size);
    while (!abort.signal.aborted) {
      const current = pending;
      const slice = await current.slice;
      if (!slice.isEnd) {
        // Behind: fetch the next slice now, while the consumer handles this one.
        size = Math.min(size * 2, maxSlice);
        pending = read(slice.next, size);
      }
      for (const event of slice.events) {
        if (abort.signal.aborted) {
          return;
        }
        yield { kind: 'event', event };
      }
      if (abort.signal.aborted) {
        return;
      }
      if (slice.next !== position) {
        position = slice.next;
        yield { kind: 'checkpoint', position };
      }
      if (slice.isEnd) {
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caught-up', position };
        }
        await source.listener.ensureListening();
        await source.listener.signal.wait(
          current.seen,
          source.pollIntervalMs,
          abort.signal,
        );
        if (abort.signal.aborted) {
          return;
        }
        size = batchSize;
        pending = read(position, size);
      }
    }
  }

  const iterator = messages();
  return {
    [Symbol.asyncIterator]: () => iterator,
    unsubscribe: async () => {
      abort.abort();
    },
  };
}
