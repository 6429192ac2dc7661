import { Client } from 'pg';

export interface AfterCommitNotifierOptions {
  connectionString: string;
  channel: string;
  /** At most one NOTIFY per this many milliseconds per process; appends in between share it. */
  minIntervalMs: number;
  onError(error: unknown): void;
}

/**
 * Wakes subscribers in other processes after appends have committed: one `pg_notify` on a dedicated connection,
 * coalesced (at most one per `minIntervalMs`), fire-and-forget.
 *
 * Why not inside the append: a transaction that notified takes a cluster-wide lock at commit and holds it through
 * the WAL flush, so notifying appends cannot share a flush. This NOTIFY runs in its own transaction, which has no
 * transaction id and flushes nothing, so the lock is held only for the queue insert.
 *
 * A lost notification (connection down, process killed between commit and notify) delays delivery until the
 * subscribers' next poll; it never loses an event: readers always re-read from their checkpoint.
 */
export class AfterCommitNotifier {
  private client: Client | null = null;
  private connecting: Promise<Client> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private requested = false;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private closed = false;

  constructor(private readonly options: AfterCommitNotifierOptions) {}

  /** Call after an append resolved. Never throws; errors go to `onError`. */
  notify(): void {
    if (this.closed) {
      return;
    }
    this.requested = true;
    this.schedule();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.inFlight;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private schedule(): void {
    if (this.closed || this.timer || this.inFlight || !this.requested) {
      return;
    }
    const wait = this.lastSentAt + this.options.minIntervalMs - Date.now();
    if (wait <= 0) {
      this.send();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.send();
    }, wait);
    this.timer.unref();
  }

  private send(): void {
    this.requested = false;
    this.lastSentAt = Date.now();
    this.inFlight = this.sendNow().finally(() => {
      this.inFlight = null;
      this.schedule();
    });
  }

  private async sendNow(): Promise<void> {
    try {
      const client = await this.connection();
      await client.query('select pg_notify($1, $2)', [
        this.options.channel,
        '',
      ]);
    } catch (error) {
      this.drop();
      if (!this.closed) {
        this.options.onError(error);
      }
    }
  }

  private connection(): Promise<Client> {
    if (this.client) {
      return Promise.resolve(this.client);
    }
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.options.connectionString,
    });
    client.on('error', () => {
      // Dropped while idle: the next notify reconnects.
      if (this.client === client) {
        this.client = null;
      }
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    void client?.end().catch(() => undefined);
  }
}
