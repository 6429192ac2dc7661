import { DataSource } from 'typeorm';
import { affordableParts } from './parallel-totals';

// Only the pool is under test: the server's own `postgres` database will do.
const SERVER = `${process.env['EVENT_STORE_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432'}/postgres`;

describe('affordableParts (a real pg pool)', () => {
  const dataSource = new DataSource({ type: 'postgres', url: SERVER, extra: { max: 3 } });

  beforeAll(async () => {
    await dataSource.initialize().catch((error: unknown) => {
      throw new Error(`PostgreSQL at ${SERVER} is needed for this spec: ${String(error)}`);
    });
  });
  afterAll(() => dataSource.destroy());

  it('splits while idle or unopened connections are left, and falls back to one part when the pool is short or queued', async () => {
    expect(affordableParts(dataSource, 2)).toBe(2);

    const held = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
    await Promise.all(held.map((runner) => runner.connect()));
    expect(affordableParts(dataSource, 2)).toBe(1);

    const third = dataSource.createQueryRunner();
    await third.connect();
    const queued = dataSource.createQueryRunner();
    const waiting = queued.connect();
    expect(affordableParts(dataSource, 2)).toBe(1);

    await Promise.all([...held, third].map((runner) => runner.release()));
    await waiting;
    await queued.release();
    expect(affordableParts(dataSource, 2)).toBe(2);
  });
});
