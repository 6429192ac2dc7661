import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntityType, AuditLogItem, AuditLogOrder, AuditLogPage } from '@billing/audit/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from './audit-log-cursor';

export interface AuditLogFilter {
  actor?: string;
  eventTypes?: string[];
  entityType?: AuditEntityType;
  entityId?: string;
  stream?: string;
  from?: Date;
  to?: Date;
  order: AuditLogOrder;
  limit: number;
  cursor?: string;
}

interface AuditLogRow {
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

function toItem(row: AuditLogRow): AuditLogItem {
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

/** Keyset pages of `audit_log` on `seq` (the projection's global order), newest or oldest first. */
@Injectable()
export class AuditLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: AuditLogFilter): Promise<AuditLogPage> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const where = (sql: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql(`$${parameters.length}`));
    };
    if (filter.actor !== undefined) where((p) => `actor = ${p}`, filter.actor);
    if (filter.eventTypes !== undefined) where((p) => `event_type = any(${p}::text[])`, filter.eventTypes);
    if (filter.entityType !== undefined) where((p) => `entity_type = ${p}`, filter.entityType);
    if (filter.entityId !== undefined) where((p) => `entity_id = ${p}`, filter.entityId);
    if (filter.stream !== undefined) where((p) => `stream = ${p}`, filter.stream);
    if (filter.from !== undefined) where((p) => `recorded_at >= ${p}`, filter.from);
    if (filter.to !== undefined) where((p) => `recorded_at < ${p}`, filter.to);
    const newestFirst = filter.order === 'newest-first';
    if (filter.cursor !== undefined) {
      where((p) => `seq ${newestFirst ? '<' : '>'} ${p}::bigint`, decodeCursor(filter.cursor, filter.order));
    }
    parameters.push(filter.limit + 1);
    const rows: AuditLogRow[] = await this.dataSource.query(
      `select seq::text as seq, event_id::text as event_id, position, stream, entity_type, entity_id, event_type,
              schema_version, revision, actor, occurred_at, recorded_at, reason, correlation_id, causation_id, hash
         from audit_log
        ${conditions.length === 0 ? '' : `where ${conditions.join(' and ')}`}
        order by seq ${newestFirst ? 'desc' : 'asc'}
        limit $${parameters.length}`,
      parameters,
    );
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toItem),
      nextCursor: rows.length > filter.limit && last !== undefined ? encodeCursor({ seq: last.seq, order: filter.order }) : null,
    };
  }
}
