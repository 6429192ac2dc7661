export { AuditApplicationModule } from './lib/audit-application.module';
export { AUDIT_ENTITIES, AUDIT_MIGRATIONS, AUDIT_PROJECTIONS } from './lib/audit-persistence';
export { AUDIT_LOG_PROJECTION, AuditLogProjection } from './lib/log/audit-log.projection';
export { entityOfStream, streamOfEntity, type StreamEntity } from './lib/shared/entity-streams';
export { diffEvent, flatten, type FlatData } from './lib/history/field-diff';
export { AuditSealingModule } from './lib/sealing/audit-sealing.module';
export { ChainSealer, AUDIT_SEALER_ACTOR } from './lib/sealing/chain-sealer';
