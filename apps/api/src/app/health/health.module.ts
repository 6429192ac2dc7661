import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisModule } from '@billing/shared/nest';
import { EventStoreModule } from '../event-store/event-store.module';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { PostgresHealthIndicator } from './postgres.health';

@Module({
  imports: [
    TerminusModule.forRoot({ errorLogStyle: 'json' }),
    RedisModule,
    EventStoreModule,
  ],
  controllers: [HealthController],
  providers: [PostgresHealthIndicator, EventStoreHealthIndicator],
})
export class HealthModule {}
