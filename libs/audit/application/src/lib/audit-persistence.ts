import { AuditLogEntry } from './log/audit-log-entry.entity';
import { AuditLogProjection } from './log/audit-log.projection';
import { CreateAuditTables1768100000000 } from './migrations/1768100000000-create-audit-tables';
import { CreateAuditSealHeads1768100000001 } from './migrations/1768100000001-create-audit-seal-heads';
import { CreateAuditReplayRuns1768100000002 } from './migrations/1768100000002-create-audit-replay-runs';
import { AuditQueryRecord } from './queries/audit-query-record.entity';

export const AUDIT_ENTITIES = [AuditLogEntry, AuditQueryRecord];
export const AUDIT_MIGRATIONS = [CreateAuditTables1768100000000, CreateAuditSealHeads1768100000001, CreateAuditReplayRuns1768100000002];
/** Projections to register with `ProjectionsModule.forRoot`. */
export const AUDIT_PROJECTIONS = [AuditLogProjection];
