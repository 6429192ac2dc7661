import { Client } from 'pg';
import { quoteIdentifier } from './sql/quote-identifier';
import { WakeSignal } from './wake-signal';

/**
 * One dedicated connection that LISTENs on the store's channel and fires a shared wake signal.
 * Connects lazily; if the connection drops, readers keep polling and the next `ensureListening` reconnects.
 */
export class NotificationListener {
  readonly signal = new WakeSignal();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
  ) {}

  ensureListening(): Promise<void> {
    if (this.closed || this.client) {
      return Promise.resolve();
    }
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString });
    client.on('notification', () => this.signal.fire());
    client.on('error', () => {
      // Dropped connection: fall back to polling until the next reconnect attempt.
      if (this.client === client) {
        this.client = null;
      }
      void client.end().catch(() => undefined);
    });
    try {
      await client.connect();
      await client.query(`listen ${quoteIdentifier(this.channel)}`);
    } catch {
      await client.end().catch(() => undefined);
      return; // polling still delivers; we retry on the next call
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.signal.fire();
  }
}
