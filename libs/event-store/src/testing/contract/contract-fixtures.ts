/// <reference types="jest" />
import { randomUUID } from 'node:crypto';
import type {
  EventStore,
  EventToAppend,
  ReadStreamResult,
  RecordedEvent,
  Subscription,
  SubscriptionMessage,
  Upcaster,
} from '../../lib/port/types';

export interface ContractStoreOptions {
  /** The factory must configure the store with these (the upcasting tests rely on them). */
  upcasters: readonly Upcaster[];
}

export interface ContractStoreHandle {
  store: EventStore;
  dispose(): Promise<void>;
}

export type ContractStoreFactory = (
  options: ContractStoreOptions,
) => Promise<ContractStoreHandle>;

/** Gives each test file's registrations the store created in `beforeAll`, plus a run-unique naming scheme. */
export interface ContractContext {
  store(): EventStore;
  /** A stream name unique to this test run: `<category>-<run>-<n>`. */
  streamName(category: string): string;
  /** A stream prefix unique to this test run, for $all filters. */
  uniquePrefix(category: string): string;
}

export const UPCAST_PROBE_TYPE = 'contract-upcast-probe';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 {amount} -> v2 {amount, currency: 'EUR'} -> v3 {amountMinor, currency}. */
export const contractUpcasters: readonly Upcaster[] = [
  {
    type: UPCAST_PROBE_TYPE,
    fromVersion: 1,
    upcast: (data) => ({ ...(isRecord(data) ? data : {}), currency: 'EUR' }),
  },
  {
    type: UPCAST_PROBE_TYPE,
    fromVersion: 2,
    upcast: (data) => {
      const { amount, ...rest } = isRecord(data) ? data : {};
      return { ...rest, amountMinor: amount };
    },
  },
];

export function anEvent(
  type = 'contract-thing-happened',
  data: unknown = { n: 1 },
  schemaVersion?: number,
): EventToAppend {
  return {
    id: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: {
      actor: 'system:contract-suite',
      occurredAt: '2026-01-01T00:00:00.000Z',
      correlationId: randomUUID(),
    },
  };
}

export function someEvents(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, n) => anEvent(type, { n }));
}

export async function eventsOf(
  result: ReadStreamResult,
): Promise<RecordedEvent[]> {
  if (result.kind !== 'found') {
    throw new Error(`expected a found stream, got ${result.kind}`);
  }
  const events: RecordedEvent[] = [];
  for await (const event of result.events) {
    events.push(event);
  }
  return events;
}

export async function readRevisions(
  store: EventStore,
  stream: string,
): Promise<number[]> {
  return (await eventsOf(await store.readStream(stream))).map(
    (event) => event.revision,
  );
}

/** Resolves with the rejection; fails the test when the promise resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}

/** Polls `check` until it returns true, failing with `what` after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Drains a subscription in the background so tests can wait on what has arrived. */
export class SubscriptionRecorder {
  readonly messages: SubscriptionMessage[] = [];
  readonly finished: Promise<void>;
  failure: unknown = undefined;

  constructor(private readonly subscription: Subscription) {
    this.finished = (async () => {
      try {
        for await (const message of subscription) {
          this.messages.push(message);
        }
      } catch (error) {
        this.failure = error;
      }
    })();
  }

  get events(): RecordedEvent[] {
    return this.messages.flatMap((message) =>
      message.kind === 'event' ? [message.event] : [],
    );
  }

  get caughtUp(): boolean {
    return this.messages.some((message) => message.kind === 'caught-up');
  }

  async waitForEvents(
    count: number,
    timeoutMs?: number,
  ): Promise<RecordedEvent[]> {
    await eventually(
      `${count} events (have ${this.events.length})`,
      () => {
        if (this.failure) {
          throw this.failure;
        }
        return this.events.length >= count;
      },
      timeoutMs,
    );
    return this.events;
  }

  async stop(): Promise<void> {
    await this.subscription.unsubscribe();
    await this.finished;
  }
}
