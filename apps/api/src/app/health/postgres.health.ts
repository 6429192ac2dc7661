import { Injectable } from '@nestjs/common';
import {
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkDependency } from '@billing/shared/nest';

@Injectable()
export class PostgresHealthIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(): Promise<HealthIndicatorResult> {
    return checkDependency(this.indicators, 'postgres', () =>
      this.dataSource.query('SELECT 1'),
    );
  }
}
