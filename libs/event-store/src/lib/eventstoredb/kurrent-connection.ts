import { BACKWARDS, END, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { EventStoreUnavailableError } from '../port/errors';
import { toStoreError } from './error-mapping';
import { TimeoutElapsedError, withTimeout } from './with-timeout';

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Owns the client. Against a server that accepts TCP but never answers, the client's first call has no deadline
 * and hangs well past its own timeouts, so nothing is used before a probe has answered within our own timeout;
 * a probe that times out throws the client away (the next use builds a fresh one).
 */
export class KurrentConnection {
  #client: KurrentDBClient | undefined;
  #ready: Promise<void> | undefined;
  #closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS,
  ) {}

  /** The client, once the server has answered a probe. */
  async client(): Promise<KurrentDBClient> {
    const client = this.current();
    if (!this.#ready) {
      const ready = this.probe(client);
      this.#ready = ready;
      ready.catch(() => {
        if (this.#ready === ready) {
          this.#ready = undefined;
        }
      });
    }
    await this.#ready;
    return client;
  }

  /** Always asks the server, under the connect timeout. */
  async ping(): Promise<void> {
    await this.probe(this.current());
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.discard();
  }

  private current(): KurrentDBClient {
    if (this.#closed) {
      throw new EventStoreUnavailableError(
        'The KurrentDB event store is closed',
      );
    }
    this.#client ??= KurrentDBClient.connectionString(this.connectionString);
    return this.#client;
  }

  private async probe(client: KurrentDBClient): Promise<void> {
    const lastEvent = client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
    });
    try {
      await withTimeout(
        lastEvent.next(),
        this.connectTimeoutMs,
        `KurrentDB did not answer within ${this.connectTimeoutMs} ms`,
      );
      await lastEvent.return?.();
    } catch (error) {
      if (error instanceof TimeoutElapsedError) {
        await this.discard(client);
        throw new EventStoreUnavailableError(error.message, { cause: error });
      }
      const mapped = toStoreError(error, { stream: '$all' });
      throw mapped instanceof EventStoreUnavailableError
        ? mapped
        : new EventStoreUnavailableError(
            `KurrentDB probe failed: ${String(error)}`,
            { cause: error },
          );
    }
  }

  private async discard(client = this.#client): Promise<void> {
    if (client && client === this.#client) {
      this.#client = undefined;
      this.#ready = undefined;
    }
    await client?.dispose();
  }
}
