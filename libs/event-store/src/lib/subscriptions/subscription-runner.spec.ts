import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { anEvent, eventually } from '../../testing/contract/contract-fixtures';
import {
  prepareTestDatabase,
  uniqueSuffix,
} from '../../testing/postgres-test-database';
import {
  appliedSummary,
  ensureProjectionTestTables,
  recordingProjection,
  totalsOf,
} from '../../testing/projection-fixtures';
import {
  createPostgresEventStore,
  type PostgresEventStore,
} from '../postgres/postgres-event-store';
import { START } from '../port/types';
import {
  advanceCheckpoint,
  CheckpointConflictError,
  loadCheckpoint,
} from './checkpoint-repository';
import { SubscriptionRunner } from './subscription-runner';

jest.setTimeout(60_000);

const FAST = {
  batchSize: 25,
  flushAfterMs: 20,
  lockPollMs: 50,
  retryDelayMs: 100,
};

describe('SubscriptionRunner against PostgreSQL', () => {
  let url: string;
  let dataSource: DataSource;
  let store: PostgresEventStore;
  const runners: SubscriptionRunner[] = [];
  const run = uniqueSuffix();
  let counter = 0;

  function names(): { projection: string; prefix: string } {
    counter += 1;
    return {
      projection: `runner-test-${run}-${counter}`,
      prefix: `runner_${run}_${counter}-`,
    };
  }

  function runner(
    ...args: ConstructorParameters<typeof SubscriptionRunner>
  ): SubscriptionRunner {
    const created = new SubscriptionRunner(...args);
    runners.push(created);
    return created;
  }

  async function appendAmounts(
    prefix: string,
    count: number,
    streams = 5,
  ): Promise<void> {
    for (let n = 0; n < count; n += 1) {
      await store.append(
        `${prefix}${n % streams}`,
        [anEvent('runner-amount', { amount: n + 1 })],
        'any',
      );
    }
  }

  beforeAll(async () => {
    url = await prepareTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url });
    await dataSource.initialize();
    await ensureProjectionTestTables(dataSource);
    store = createPostgresEventStore({
      connectionString: url,
      pollIntervalMs: 50,
    });
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });

  afterAll(async () => {
    await store?.close();
    await dataSource?.destroy();
  });

  it('moves the checkpoint by compare-and-set: a stale expected position is refused', async () => {
    const { projection } = names();
    await dataSource.transaction((em) => loadCheckpoint(em, projection));
    const position = (
      await store.append(`runner_cas-${run}`, [anEvent()], 'any')
    ).position;
    await dataSource.transaction((em) =>
      advanceCheckpoint(em, projection, START, position, []),
    );
    await expect(
      dataSource.transaction((em) =>
        advanceCheckpoint(em, projection, START, position, []),
      ),
    ).rejects.toBeInstanceOf(CheckpointConflictError);
  });

  it('applies every event exactly once across a stop and a restart, and reports lag', async () => {
    const { projection, prefix } = names();
    await appendAmounts(prefix, 30);
    const first = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'a' })],
      FAST,
    );
    first.start();
    await eventually(
      '30 applied',
      async () => (await appliedSummary(dataSource, projection)).total === 30,
    );
    await first.stop();

    await appendAmounts(prefix, 20);
    let behind = await first.lag(projection);
    await eventually('20 events behind', async () => {
      behind = await first.lag(projection);
      return behind.eventsBehind >= 20;
    });
    expect(behind.eventsBehind).toBe(20);
    expect(behind.eventsApplied).toBe(30);
    expect(behind.lastAppliedEventAgeSeconds).toBeGreaterThanOrEqual(0);

    const second = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'b' })],
      FAST,
    );
    second.start();
    await eventually(
      '50 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 50,
    );
    await eventually('caught up', () => second.status(projection).caughtUp);
    const summary = await appliedSummary(dataSource, projection);
    expect(summary).toMatchObject({ total: 50, distinct: 50, duplicates: 0 });
    const lag = await second.lag(projection);
    expect(lag).toMatchObject({ eventsBehind: 0, eventsApplied: 50 });
  });

  it('resumes after the process is killed mid-batch: nothing lost, nothing applied twice', async () => {
    const { projection, prefix } = names();
    await appendAmounts(prefix, 50);
    const child = spawnCrashChild(url, projection, prefix);
    try {
      await waitForLine(child, 'MID_BATCH', 30_000);
      child.kill('SIGKILL');
      await new Promise((done) => child.once('exit', done));
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
      }
    }
    // Two batches of 10 committed; the third was written but never committed.
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 20,
      duplicates: 0,
    });

    const resumed = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'parent' })],
      FAST,
    );
    resumed.start();
    await eventually(
      '50 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 50,
      30_000,
    );
    await eventually('caught up', () => resumed.status(projection).caughtUp);
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 50,
      distinct: 50,
      duplicates: 0,
    });
    expect((await resumed.lag(projection)).eventsApplied).toBe(50);
  });

  it('runs one active instance per projection; the second waits and takes over when the first stops', async () => {
    const { projection, prefix } = names();
    const one = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'one' })],
      FAST,
    );
    const two = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'two' })],
      FAST,
    );
    one.start();
    await eventually(
      'one active',
      () => one.status(projection).state === 'active',
    );
    two.start();
    await appendAmounts(prefix, 20);
    await eventually(
      '20 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 20,
    );
    expect(two.status(projection).state).toBe('waiting-for-lock');
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 20,
      duplicates: 0,
      instances: ['one'],
    });

    await one.stop();
    await eventually(
      'two active',
      () => two.status(projection).state === 'active',
    );
    await appendAmounts(prefix, 10);
    await eventually(
      '30 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 30,
    );
    await eventually('caught up', () => two.status(projection).caughtUp);
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 30,
      distinct: 30,
      duplicates: 0,
      instances: ['one', 'two'],
    });
  });

  it('rebuild from zero gives the same read model, with side effects flagged as replaying', async () => {
    const { projection, prefix } = names();
    await appendAmounts(prefix, 40, 4);
    const live = runner(
      dataSource,
      store,
      [recordingProjection({ name: projection, prefix, instance: 'live' })],
      {
        ...FAST,
        rebuildBatchSize: 15,
      },
    );
    live.start();
    await eventually(
      '40 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 40,
    );
    const before = await totalsOf(dataSource, projection);
    expect(Object.keys(before)).toHaveLength(4);
    expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(
      (40 * 41) / 2,
    );
    expect((await appliedSummary(dataSource, projection)).replaying).toEqual([
      false,
    ]);

    await live.rebuild(projection);
    expect(await totalsOf(dataSource, projection)).toEqual(before);
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 40,
      duplicates: 0,
      replaying: [true],
    });

    await appendAmounts(prefix, 4, 4);
    await eventually(
      '44 applied',
      async () => (await appliedSummary(dataSource, projection)).total >= 44,
    );
    expect(await appliedSummary(dataSource, projection)).toMatchObject({
      total: 44,
      duplicates: 0,
      replaying: [false, true],
    });
    expect((await live.lag(projection)).eventsApplied).toBe(44);
  });
});

function spawnCrashChild(
  url: string,
  projection: string,
  prefix: string,
): ChildProcess {
  const root = resolve(__dirname, '../../../../..');
  const script = join(
    __dirname,
    '../../testing/fixtures/projection-crash-child.ts',
  );
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', script],
    {
      cwd: root,
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(root, 'libs/event-store/tsconfig.spec.json'),
        DATABASE_URL: url,
        PROJECTION: projection,
        PREFIX: prefix,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function waitForLine(
  child: ChildProcess,
  line: string,
  timeoutMs: number,
): Promise<void> {
  return new Promise((done, fail) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => fail(new Error(`child never printed ${line}; stderr: ${stderr}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(line)) {
        clearTimeout(timer);
        done();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(
        new Error(`child exited (${code}) before ${line}; stderr: ${stderr}`),
      );
    });
  });
}
