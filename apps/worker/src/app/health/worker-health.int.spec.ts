import { parseConfig } from '@billing/shared/nest';
import { RunningWorker, startWorker } from '../create-worker';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('worker GET /health (real Redis)', () => {
  let worker: RunningWorker;

  beforeAll(async () => {
    worker = await startWorker(
      parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL }),
      0,
    );
  });

  afterAll(async () => {
    await worker?.stop();
  });

  it('answers 200 with redis up', async () => {
    const response = await fetch(
      `http://127.0.0.1:${worker.healthPort}/health`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      details: { redis: { status: 'up' } },
    });
  });

  it('answers 503 with redis down when Redis is unreachable', async () => {
    const unreachable = await startWorker(
      parseConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        REDIS_URL: 'redis://127.0.0.1:1',
      }),
      0,
    );
    try {
      const response = await fetch(
        `http://127.0.0.1:${unreachable.healthPort}/health`,
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'error',
        details: { redis: { status: 'down' } },
      });
    } finally {
      await unreachable.stop();
    }
  });

  it('answers 404 for any other path', async () => {
    expect(
      (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).status,
    ).toBe(404);
  });
});
