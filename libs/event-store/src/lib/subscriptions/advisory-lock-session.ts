import type { DataSource, QueryRunner } from 'typeorm';

/**
 * One dedicated connection per DataSource on which every projection of the process takes its session-level
 * advisory lock. A connection per projection would pin as many pooled connections as there are read models
 * (and waiting instances), starving the requests that share the pool.
 */
export class AdvisoryLockSession {
  private static readonly sessions = new WeakMap<DataSource, AdvisoryLockSession>();

  private runner: Promise<QueryRunner> | null = null;
  /** Session-level advisory locks are re-entrant, so two instances in one process must be kept apart here. */
  private readonly heldKeys = new Set<string>();
  private users = 0;
  /** Queries on one connection run one at a time anyway; chaining keeps their order explicit. */
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(private readonly dataSource: DataSource) {}

  static for(dataSource: DataSource): AdvisoryLockSession {
    let session = AdvisoryLockSession.sessions.get(dataSource);
    if (!session) {
      session = new AdvisoryLockSession(dataSource);
      AdvisoryLockSession.sessions.set(dataSource, session);
    }
    return session;
  }

  /** Registers a user of the connection, opening it on first use. */
  async open(): Promise<void> {
    this.users += 1;
    if (!this.runner) {
      const runner = this.dataSource.createQueryRunner();
      this.runner = runner.connect().then(() => runner);
      this.runner.catch(() => {
        this.runner = null;
      });
    }
    try {
      await this.runner;
    } catch (error) {
      this.users -= 1;
      throw error;
    }
  }

  /** Unregisters a user; the connection goes back to the pool when nobody holds or waits for a lock. */
  async close(): Promise<void> {
    this.users -= 1;
    if (this.users > 0 || !this.runner) return;
    const runner = this.runner;
    this.runner = null;
    await this.tail.catch(() => undefined);
    await (await runner).release();
  }

  /** Takes `key` unless this process or another session holds it. */
  async tryLock(key: string): Promise<boolean> {
    if (this.heldKeys.has(key)) return false;
    const rows = await this.query<Array<{ locked: boolean }>>(
      `select pg_try_advisory_lock(hashtextextended($1, 0)) as locked`,
      [key],
    );
    if (rows[0]?.locked !== true) return false;
    this.heldKeys.add(key);
    return true;
  }

  async unlock(key: string): Promise<void> {
    if (!this.heldKeys.delete(key)) return;
    await this.query(`select pg_advisory_unlock(hashtextextended($1, 0))`, [key]);
  }

  private query<T>(sql: string, parameters: unknown[]): Promise<T> {
    const runner = this.runner;
    if (!runner) return Promise.reject(new Error('Advisory lock session is not open'));
    const next = this.tail.catch(() => undefined).then(async () => (await runner).query(sql, parameters) as Promise<T>);
    this.tail = next;
    return next;
  }
}
