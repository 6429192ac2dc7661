import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = 'postgres://postgres@127.0.0.1:5432';

/** The built api and worker this run uses: e2e-run.sh's copy (next to ADMIN_STATIC_DIR), else the workspace's dist. */
function distDir(): string {
  const admin = process.env['ADMIN_STATIC_DIR'];
  const dist = admin ? path.resolve(admin, '../../..') : path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'apps/api/main.js')) || !existsSync(path.join(dist, 'apps/worker/main.js')))
    throw new Error(`no built api and worker under ${dist}: build them first (e2e-run.sh does)`);
  return dist;
}

/**
 * A private system for the crash test: its own database filled by tools/generate-data, its own Redis database (so
 * the e2e run's worker cannot take its jobs), and the built api and worker as child processes it can kill.
 */
export class CrashTestSystem {
  private api: ChildProcess | undefined;
  private worker: ChildProcess | undefined;
  readonly baseUrl: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly logDir: string;

  constructor(readonly name: string, private readonly port: number) {
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.logDir = path.join(ROOT, 'tmp', `${name}-logs`);
    mkdirSync(this.logDir, { recursive: true });
    this.env = {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      DATABASE_URL: `${SERVER}/${name}`,
      REDIS_URL: 'redis://127.0.0.1:6379/5',
      PORT: String(port),
      WORKER_PORT: String(port + 1),
      LOG_LEVEL: 'warn',
      EXPORT_DIR: path.join(ROOT, 'tmp', `${name}-files`),
      ADMIN_STATIC_DIR: path.join(ROOT, 'tmp', 'no-admin-app'),
    };
  }

  get exportDir(): string {
    return this.env['EXPORT_DIR'] as string;
  }

  /** An empty database for the api to create its schema in. */
  async recreateDatabase(): Promise<void> {
    const admin = new Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    try {
      await admin.query(`drop database if exists ${this.name} with (force)`);
      await admin.query(`create database ${this.name}`);
    } finally {
      await admin.end();
    }
  }

  /** A generated organisation of `entries` time entries, appended as events while the api runs (it projects them). */
  generate(entries: number): void {
    execFileSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/generate-data/src/main.ts', '--small', `--entries=${entries}`],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: this.env['DATABASE_URL'], TS_NODE_PROJECT: 'tools/generate-data/tsconfig.json' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }

  async startApi(): Promise<void> {
    this.api = this.spawn('api');
    const deadline = Date.now() + 120_000;
    for (;;) {
      const healthy = await fetch(`${this.baseUrl}/api/v1/health`).then((r) => r.ok, () => false);
      if (healthy) return;
      if (Date.now() > deadline) throw new Error(`crash-test api did not start, see ${this.logDir}/api.log`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Resolves once the report projection has applied every event in the store (polled, bounded by `timeoutMs`). */
  async reportsCaughtUp(timeoutMs: number): Promise<void> {
    const client = new Client({ connectionString: this.env['DATABASE_URL'] });
    await client.connect();
    try {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await client.query<{ done: boolean }>(
          `select coalesce(split_part(c.position, ':', 2)::bigint >= (select max(position) from event_store.events), false) as done
             from projection_checkpoints c where c.projection = 'reporting-time-report'`,
        );
        if (rows[0]?.done) return;
        if (Date.now() > deadline) throw new Error('the report projection did not catch up');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    } finally {
      await client.end();
    }
  }

  startWorker(): void {
    this.worker = this.spawn('worker');
  }

  /** SIGKILL: no shutdown hook runs, the BullMQ lock is simply no longer renewed. */
  async killWorker(): Promise<void> {
    const worker = this.worker;
    if (!worker || worker.exitCode !== null) throw new Error('no running worker to kill');
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGKILL');
    await exited;
    this.worker = undefined;
  }

  async stop(): Promise<void> {
    for (const child of [this.worker, this.api]) {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    }
  }

  private spawn(app: 'api' | 'worker'): ChildProcess {
    const child = spawn(process.execPath, [path.join(distDir(), 'apps', app, 'main.js')], { cwd: ROOT, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(path.join(this.logDir, `${app}.log`), { flags: 'a' });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    return child;
  }
}
