import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccessModule } from '@billing/access/application';
import { AppConfig, QUEUE_NAMES } from '@billing/shared/nest';
import { DownloadAccess } from './http/download-access';
import { ExportRequests } from './http/export-requests';
import { ExportViews } from './http/export-views';
import { ExportsController } from './http/exports.controller';
import { ExportStreams } from './job/export-streams';
import { ExportsProjection } from './read-model/exports.projection';
import { ExportStorage } from './storage/export-storage';
import { LocalDiskExportStorage } from './storage/local-disk-storage';

export const exportStorageProvider = {
  provide: ExportStorage,
  inject: [AppConfig],
  useFactory: (config: AppConfig): ExportStorage => new LocalDiskExportStorage(config.exports.directory),
};

/**
 * Export jobs in the api: /exports (request, list, status, cancel, signed download links and the download), the
 * export stream and its read model. The worker writes the files. Needs from the host: EVENT_STORE, the
 * EventSourcingModule, CLOCK, AppConfig, BullModule.forRoot and a DataSource with the report read model.
 */
@Module({
  imports: [AccessModule, BullModule.registerQueue({ name: QUEUE_NAMES.exports })],
  controllers: [ExportsController],
  providers: [ExportStreams, ExportRequests, ExportViews, DownloadAccess, exportStorageProvider, ExportsProjection],
  exports: [ExportsProjection],
})
export class ExportsApplicationModule {}
