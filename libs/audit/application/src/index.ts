export { AuditApplicationModule } from './lib/audit-application.module';
export { AUDIT_ENTITIES, AUDIT_MIGRATIONS, AUDIT_PROJECTIONS } from './lib/audit-persistence';
export { AUDIT_LOG_PROJECTION, AuditLogProjection } from './lib/log/audit-log.projection';
export { entityOfStream, streamOfEntity, type StreamEntity } from './lib/shared/entity-streams';
export { diffEvent, flatten, type FlatData } from './lib/history/field-diff';
export { AuditSealingModule } from './lib/sealing/audit-sealing.module';
export { ChainSealer, AUDIT_SEALER_ACTOR } from './lib/sealing/chain-sealer';
export {
  AUDIT_LOG_COLUMNS_SQL,
  auditLogConditions,
  auditLogItemOf,
  whereClause,
  type AuditLogRow,
  type AuditLogSelection,
} from './lib/log/audit-log-selection';
export { AuditLogExportFiltersDto, auditLogSelectionOf, type AuditLogExportFilters } from './lib/log/audit-log-export-filters';
export { checkLatestSeal, latestSeals, type SealCheckSources } from './lib/sealing/check-latest-seal';
