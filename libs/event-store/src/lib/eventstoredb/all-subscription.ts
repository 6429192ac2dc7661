import {
  START as CLIENT_START,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
} from '@kurrent/kurrentdb-client';
import {
  START,
  type AllFilter,
  type RecordedEvent,
  type SubscribeAllOptions,
  type Subscription,
  type SubscriptionMessage,
} from '../port/types';
import { toStoreError } from './error-mapping';
import {
  isApplicationEvent,
  matchesFilter,
  toServerFilter,
} from './event-visibility';
import type { KurrentConnection } from './kurrent-connection';
import { MessageQueue } from './message-queue';
import {
  decodePosition,
  encodePosition,
  isAfter,
  latestPosition,
  type LogPosition,
  type LogPositionOrStart,
} from './position-codec';
import { toStoredEvent } from './stored-event';

/**
 * Checkpoints and caught-up arrive through callbacks, while events sit in the client subscription's readable
 * buffer. Pushing a control marker into that same buffer keeps everything in server order: a caught-up signal can
 * never overtake the catch-up events still buffered ahead of it.
 */
class ControlMarker {
  constructor(
    readonly kind: 'checkpoint' | 'caught-up',
    readonly position: LogPosition | undefined,
  ) {}
}

export function subscribeToAll(
  connection: KurrentConnection,
  options: SubscribeAllOptions,
  upcast: (event: RecordedEvent) => RecordedEvent,
): Subscription {
  const from = decodePosition(options.from ?? START);
  let clientSubscription: AllStreamSubscription | undefined;
  let stopped = false;
  const queue = new MessageQueue<SubscriptionMessage>({
    onFull: () => clientSubscription?.pause(),
    onDrained: () => clientSubscription?.resume(),
  });
  const translate = messageTranslator(from, options.filter, upcast);

  const start = async (): Promise<void> => {
    const client = await connection.client();
    if (stopped) {
      return;
    }
    const subscription = client.subscribeToAll({
      fromPosition: from === 'start' ? CLIENT_START : from,
      resolveLinkTos: false,
      filter: toServerFilter(options.filter, (source, position) => {
        source.push(new ControlMarker('checkpoint', position));
      }),
    });
    clientSubscription = subscription;
    subscription.on('caughtUp', (info) =>
      subscription.push(new ControlMarker('caught-up', info.position)),
    );
    subscription.on('data', (item: AllStreamResolvedEvent | ControlMarker) => {
      const message = translate(item);
      if (message) {
        queue.push(message);
      }
    });
    subscription.on('error', (error) => {
      if (!stopped) {
        queue.fail(toStoreError(error, { stream: '$all' }));
      }
    });
    subscription.on('end', () => queue.end());
    subscription.on('close', () => queue.end());
  };
  start().catch((error: unknown) => queue.fail(error));

  return {
    [Symbol.asyncIterator]: () => queue[Symbol.asyncIterator](),
    async unsubscribe(): Promise<void> {
      if (stopped) {
        return;
      }
      stopped = true;
      queue.end();
      await clientSubscription?.unsubscribe();
    },
  };
}

/** Turns client items into port messages; drops system, link and filtered-out events and anything not after `from`. */
export function messageTranslator(
  from: LogPositionOrStart,
  filter: AllFilter | undefined,
  upcast: (event: RecordedEvent) => RecordedEvent,
): (
  item: AllStreamResolvedEvent | ControlMarker,
) => SubscriptionMessage | undefined {
  let lastSeen: LogPositionOrStart = from;
  let caughtUpSent = false;
  return (item) => {
    if (item instanceof ControlMarker) {
      if (item.kind === 'checkpoint') {
        lastSeen = latestPosition(lastSeen, item.position);
        return { kind: 'checkpoint', position: encodePosition(lastSeen) };
      }
      if (caughtUpSent) {
        return undefined;
      }
      caughtUpSent = true;
      return {
        kind: 'caught-up',
        position: encodePosition(latestPosition(lastSeen, item.position)),
      };
    }
    const event = item.event;
    const position = event?.position;
    if (!event || !position || !isAfter(position, from)) {
      return undefined;
    }
    lastSeen = latestPosition(lastSeen, position);
    if (!isApplicationEvent(item) || !matchesFilter(event, filter)) {
      return undefined;
    }
    return { kind: 'event', event: upcast(toStoredEvent(event)) };
  };
}

export { ControlMarker };
