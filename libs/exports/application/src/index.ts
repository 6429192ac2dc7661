export { ExportsApplicationModule, exportStorageProvider } from './lib/exports-application.module';
export { EXPORTS_MIGRATIONS, EXPORTS_PROJECTIONS } from './lib/exports-persistence';
export { EXPORTS_PROJECTION, ExportsProjection } from './lib/read-model/exports.projection';
export { ExportStreams } from './lib/job/export-streams';
export {
  EXPORT_WORKER_ACTOR,
  ExportJobRunner,
  percentOf,
  recordFailure,
  type ExportJobControl,
  type ExportRunOutcome,
} from './lib/job/export-job-runner';
export { ExportStorage, type PendingExportFile } from './lib/storage/export-storage';
export { LocalDiskExportStorage } from './lib/storage/local-disk-storage';
export { EXPORT_ATTEMPTS } from './lib/http/export-requests';
