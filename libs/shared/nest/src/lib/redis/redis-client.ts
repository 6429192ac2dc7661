import { Redis, RedisOptions } from 'ioredis';

/**
 * Connection options that fail fast while Redis is away and reconnect on their own when it is back:
 * no offline queue (commands fail at once instead of waiting), short connect timeout, capped back-off.
 */
export function fastFailingRedisOptions(): RedisOptions {
  return {
    lazyConnect: false,
    connectTimeout: 2000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 5), 2000),
  };
}

export function createRedisClient(url: string, connectionName: string): Redis {
  const client = new Redis(url, {
    ...fastFailingRedisOptions(),
    connectionName,
  });
  client.on('error', () => undefined); // reported by the health check; without a listener ioredis logs every retry
  return client;
}

/** While the first connection (or a reconnection) is being set up, wait for it rather than failing at once. */
async function readyOrFail(client: Redis): Promise<void> {
  if (client.status === 'ready') return;
  if (!['wait', 'connecting', 'connect'].includes(client.status))
    throw new Error(`Redis connection is ${client.status}`);
  await new Promise<void>((resolve, reject) => {
    const onReady = () => {
      client.off('end', onEnd);
      resolve();
    };
    const onEnd = () => {
      client.off('ready', onReady);
      reject(new Error('Redis connection ended'));
    };
    client.once('ready', onReady);
    client.once('end', onEnd);
  });
}

/** PING; the caller bounds it with a timeout (see checkDependency). */
export async function pingRedis(client: Redis): Promise<void> {
  await readyOrFail(client);
  const answer = await client.ping();
  if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
}
