import {
  HttpStatus,
  Injectable,
  ServiceUnavailableException,
} from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@billing/shared/nest';

export interface HealthAnswer {
  statusCode: number;
  body: HealthCheckResult | Record<string, unknown>;
}

/** The worker's dependencies, as the health server reports them. */
@Injectable()
export class WorkerHealth {
  constructor(
    private readonly health: HealthCheckService,
    private readonly redis: RedisHealthIndicator,
  ) {}

  async check(): Promise<HealthAnswer> {
    try {
      return {
        statusCode: HttpStatus.OK,
        body: await this.health.check([() => this.redis.check()]),
      };
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        body: error.getResponse() as Record<string, unknown>,
      };
    }
  }
}
