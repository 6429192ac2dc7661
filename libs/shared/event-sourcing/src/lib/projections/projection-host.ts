import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Projection, ProjectionLag, ProjectionStatus, SubscriptionRunner } from '@billing/event-store';

export interface ProjectionReport {
  status: ProjectionStatus;
  lag: ProjectionLag;
}

/** Runs the application's read-model projections for as long as the application lives. */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionHost.name);

  constructor(
    private readonly runner: SubscriptionRunner,
    private readonly projections: readonly Projection[],
    private readonly autoStart: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.autoStart) return;
    this.runner.start();
    this.logger.log(`Projections started: ${this.names().join(', ')}`);
  }

  /** Before any module's shutdown hook: the runner still needs the DataSource and the event store to stop cleanly. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** The hosted projections themselves (the audit replay-and-diff runs them against a scratch schema). */
  list(): readonly Projection[] {
    return this.projections;
  }

  names(): string[] {
    return this.projections.map((projection) => projection.name);
  }

  has(name: string): boolean {
    return this.names().includes(name);
  }

  async report(name: string): Promise<ProjectionReport> {
    return { status: this.runner.status(name), lag: await this.runner.lag(name) };
  }

  rebuild(name: string): Promise<void> {
    return this.runner.rebuild(name);
  }
}
