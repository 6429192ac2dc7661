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
  const client = new Redis(url, { ...fastFailingRedisOptions(), connectionName });
  client.on('error', () => undefined); // reported by the health check; without a listener ioredis logs every retry
  return client;
}

export async function pingRedis(client: Redis): Promise<void> {
  const answer = await client.ping();
  if (answer !== 'PONG') throw new Error(`unexpected PING answer: ${answer}`);
}
