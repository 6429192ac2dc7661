import {
  Inject,
  Injectable,
  Module,
  OnApplicationShutdown,
} from '@nestjs/common';
import {
  HealthIndicatorResult,
  HealthIndicatorService,
  TerminusModule,
} from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { checkDependency } from '../health/check-dependency';
import { createRedisClient, pingRedis } from './redis-client';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Injectable()
export class RedisHealthIndicator {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(key = 'redis'): Promise<HealthIndicatorResult> {
    return checkDependency(this.indicators, key, () => pingRedis(this.redis));
  }
}

@Injectable()
class RedisClientCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** A shared general-purpose Redis client (not BullMQ's) and its health indicator. */
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createRedisClient(config.redisUrl, 'billing'),
    },
    RedisHealthIndicator,
    RedisClientCloser,
  ],
  exports: [REDIS_CLIENT, RedisHealthIndicator],
})
export class RedisModule {}
