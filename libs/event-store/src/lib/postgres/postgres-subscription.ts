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

/**
 * Catch-up then live over $all: reads slices until the visible end, signals caught-up once, then waits for a
 * NOTIFY (or the poll interval, whichever comes first) and reads again. Every slice ends with a checkpoint.
 */
export function createPostgresSubscription(
  source: SubscriptionSource,
  options: SubscribeAllOptions,
): Subscription {
  const abort = new AbortController();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  async function* messages(): AsyncGenerator<SubscriptionMessage> {
    let position = options.from ?? START;
    let caughtUp = false;
    await source.listener.ensureListening();
    while (!abort.signal.aborted) {
      const seen = source.listener.signal.current;
      const slice = await source.readSlice(position, batchSize, options.filter);
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
          seen,
          source.pollIntervalMs,
          abort.signal,
        );
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
