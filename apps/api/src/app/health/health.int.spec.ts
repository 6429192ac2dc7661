import { eventually } from '../../testing/eventually';
import { TcpProxy } from '../../testing/tcp-proxy';
import {
  getJson,
  recreateDatabase,
  startTestApi,
  TEST_REDIS_URL,
  TestApi,
} from '../../testing/test-api';

describe('GET /api/v1/health (real PostgreSQL and Redis)', () => {
  const redisTarget = new URL(TEST_REDIS_URL);
  const redisProxy = new TcpProxy(
    redisTarget.hostname,
    Number(redisTarget.port || 6379),
  );
  let api: TestApi;

  beforeAll(async () => {
    await redisProxy.open();
    const databaseUrl = await recreateDatabase('billing_api_test_health');
    api = await startTestApi({
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
    });
  });

  afterAll(async () => {
    await api?.close();
    await redisProxy.close();
  });

  const health = () => getJson(`${api.baseUrl}/health`);

  it('answers 200 with postgres, redis and the event store up', async () => {
    const { status, body } = await eventually(async () => {
      const answer = await health();
      expect(answer.status).toBe(200);
      return answer;
    });
    expect(status).toBe(200);
    expect(body.details).toEqual({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      eventStore: { status: 'up' },
    });
  });

  it('answers 503 with redis down while Redis is unreachable, and 200 again once it is back, without a restart', async () => {
    await redisProxy.close();
    const down = await eventually(async () => {
      const answer = await health();
      expect(answer.status).toBe(503);
      return answer;
    });
    expect(down.body.details.redis.status).toBe('down');
    expect(down.body.details.postgres.status).toBe('up');
    expect(down.body.details.eventStore.status).toBe('up');

    await redisProxy.open();
    const up = await eventually(async () => {
      const answer = await health();
      expect(answer.status).toBe(200);
      return answer;
    });
    expect(up.body.details.redis).toEqual({ status: 'up' });
  });

  it('never hangs: a health call answers within a few seconds even while a dependency is away', async () => {
    await redisProxy.close();
    const started = Date.now();
    const answer = await health();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.status).toBe(503);
    await redisProxy.open();
  });
});
