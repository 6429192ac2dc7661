import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ExportStorage } from '@billing/exports/application';
import { AppConfig } from '@billing/shared/nest';

const SWEEP_EVERY_MS = 15 * 60 * 1000;

/** Deletes export files older than EXPORT_RETENTION_HOURS: at start, then every quarter of an hour. */
@Injectable()
export class ExportRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportRetention.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly storage: ExportStorage,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.exports.retentionHours * 3_600_000);
    try {
      const removed = await this.storage.removeOlderThan(cutoff);
      if (removed > 0) this.logger.log(`deleted ${removed} export files older than ${cutoff.toISOString()}`);
      return removed;
    } catch (error) {
      this.logger.warn(`export retention sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
  }
}
