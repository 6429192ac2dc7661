import type { DataSource } from 'typeorm';
import { AdvisoryLockSession } from './advisory-lock-session';
import { interruptibleDelay } from './interruptible-delay';

/**
 * One active instance per projection: a session-level advisory lock, taken on the process's shared lock connection.
 * If the process dies, PostgreSQL drops the connection and the lock with it; a waiting instance then takes over.
 */
export class ProjectionLock {
  private isHeld = false;
  private readonly session: AdvisoryLockSession;

  constructor(
    dataSource: DataSource,
    private readonly projection: string,
  ) {
    this.session = AdvisoryLockSession.for(dataSource);
  }

  get held(): boolean {
    return this.isHeld;
  }

  /** Tries until it gets the lock (true) or `signal` aborts (false). */
  async acquire(pollMs: number, signal: AbortSignal): Promise<boolean> {
    await this.session.open();
    try {
      while (!signal.aborted) {
        if (await this.session.tryLock(this.key())) {
          this.isHeld = true;
          return true;
        }
        await interruptibleDelay(pollMs, signal);
      }
    } catch (error) {
      await this.session.close();
      throw error;
    }
    await this.session.close();
    return false;
  }

  async release(): Promise<void> {
    if (!this.isHeld) {
      return;
    }
    this.isHeld = false;
    try {
      await this.session.unlock(this.key());
    } finally {
      await this.session.close();
    }
  }

  private key(): string {
    return `projection:${this.projection}`;
  }
}
