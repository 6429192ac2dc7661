import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AggregateRepository } from './aggregates/aggregate-repository';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency-store';
import { RequestContextMiddleware } from './request-context/request-context.middleware';

/**
 * The write-side plumbing every context uses: request context, idempotent POSTs, and the aggregate repository.
 * Needs the EVENT_STORE provider and a TypeORM DataSource from the host application.
 */
@Global()
@Module({
  providers: [AggregateRepository, IdempotencyStore, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [AggregateRepository],
})
export class EventSourcingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
  }
}
