import type { DataSource, QueryRunner } from 'typeorm';
import { interruptibleDelay } from './interruptible-delay';

/**
 * One active instance per projection: a session-level advisory lock held on a dedicated connection.
 * If the process dies, PostgreSQL drops the connection and the lock with it; a waiting instance then takes over.
 */
export class ProjectionLock {
  private runner: QueryRunner | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly projection: string,
  ) {}

  get held(): boolean {
    return this.runner !== null;
  }

  /** Tries until it gets the lock (true) or `signal` aborts (false). */
  async acquire(pollMs: number, signal: AbortSignal): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      while (!signal.aborted) {
        const rows: Array<{ locked: boolean }> = await runner.query(
          `select pg_try_advisory_lock(hashtextextended($1, 0)) as locked`,
          [this.key()],
        );
        if (rows[0].locked) {
          this.runner = runner;
          return true;
        }
        await interruptibleDelay(pollMs, signal);
      }
    } catch (error) {
      await runner.release();
      throw error;
    }
    await runner.release();
    return false;
  }

  async release(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (!runner) {
      return;
    }
    try {
      await runner.query(`select pg_advisory_unlock(hashtextextended($1, 0))`, [
        this.key(),
      ]);
    } finally {
      await runner.release();
    }
  }

  private key(): string {
    return `projection:${this.projection}`;
  }
}
