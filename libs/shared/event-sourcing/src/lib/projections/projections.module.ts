import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { EVENT_STORE, type EventStore, type Projection, SubscriptionRunner } from '@billing/event-store';
import type { DataSource } from 'typeorm';
import { ProjectionHost } from './projection-host';

export interface ProjectionsModuleOptions {
  /** Modules that provide (and export) the projection classes. */
  imports: ModuleMetadata['imports'];
  projections: Type<Projection>[];
  /** Start following the event store at bootstrap (default true; tests may drive rebuilds themselves). */
  autoStart?: boolean;
}

/**
 * Hosts the read-model projections of an application: one checkpointed subscription each, single-active across
 * instances through an advisory lock.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(options: ProjectionsModuleOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: ProjectionHost,
          inject: [getDataSourceToken(), EVENT_STORE, ...options.projections],
          useFactory: (dataSource: DataSource, store: EventStore, ...projections: Projection[]) =>
            new ProjectionHost(new SubscriptionRunner(dataSource, store, projections), projections, options.autoStart ?? true),
        },
      ],
      exports: [ProjectionHost],
    };
  }
}
