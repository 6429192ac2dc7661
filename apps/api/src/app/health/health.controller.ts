import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
} from '@nestjs/terminus';
import { Public, RedisHealthIndicator } from '@billing/shared/nest';
import { EventStoreHealthIndicator } from './event-store.health';
import { PostgresHealthIndicator } from './postgres.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: PostgresHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly eventStore: EventStoreHealthIndicator,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'postgres, redis and eventStore are all up' })
  @ApiServiceUnavailableResponse({
    description: 'At least one dependency is down; each shows up or down',
  })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.postgres.check(),
      () => this.redis.check(),
      () => this.eventStore.check(),
    ]);
  }
}
