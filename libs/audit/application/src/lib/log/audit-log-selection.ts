import type { AuditEntityType, AuditLogItem } from '@billing/audit/contracts';

/** The filters of the global audit log, shared by the paged API and the export's cursor, so both pick the same rows. */
export interface AuditLogSelection {
  actor?: string;
  eventTypes?: string[];
  entityType?: AuditEntityType;
  entityId?: string;
  stream?: string;
  /** Recorded at or after. */
  from?: Date;
  /** Recorded before. */
  to?: Date;
}

/** An `audit_log` row as `AUDIT_LOG_COLUMNS_SQL` selects it. */
export interface AuditLogRow {
  seq: string;
  event_id: string;
  position: string;
  stream: string;
  entity_type: AuditEntityType;
  entity_id: string;
  event_type: string;
  schema_version: number;
  revision: number;
  actor: string;
  occurred_at: Date;
  recorded_at: Date;
  reason: string | null;
  correlation_id: string | null;
  causation_id: string | null;
  hash: string;
}

export const AUDIT_LOG_COLUMNS_SQL = `seq::text as seq, event_id::text as event_id, position, stream, entity_type,
  entity_id, event_type, schema_version, revision, actor, occurred_at, recorded_at, reason, correlation_id,
  causation_id, hash`;

/** Conditions on `audit_log` with numbered parameters (`$1`...), appended to `parameters`. */
export function auditLogConditions(selection: AuditLogSelection, parameters: unknown[]): string[] {
  const conditions: string[] = [];
  const where = (sql: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(sql(`$${parameters.length}`));
  };
  if (selection.actor !== undefined) where((p) => `actor = ${p}`, selection.actor);
  if (selection.eventTypes !== undefined) where((p) => `event_type = any(${p}::text[])`, selection.eventTypes);
  if (selection.entityType !== undefined) where((p) => `entity_type = ${p}`, selection.entityType);
  if (selection.entityId !== undefined) where((p) => `entity_id = ${p}`, selection.entityId);
  if (selection.stream !== undefined) where((p) => `stream = ${p}`, selection.stream);
  if (selection.from !== undefined) where((p) => `recorded_at >= ${p}`, selection.from);
  if (selection.to !== undefined) where((p) => `recorded_at < ${p}`, selection.to);
  return conditions;
}

export function whereClause(conditions: string[]): string {
  return conditions.length === 0 ? '' : `where ${conditions.join(' and ')}`;
}

export function auditLogItemOf(row: AuditLogRow): AuditLogItem {
  return {
    position: row.position,
    eventId: row.event_id,
    stream: row.stream,
    entityType: row.entity_type,
    entityId: row.entity_id,
    eventType: row.event_type,
    schemaVersion: row.schema_version,
    revision: row.revision,
    actor: row.actor,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    reason: row.reason,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    hash: row.hash,
  };
}
