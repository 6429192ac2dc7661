import type { AuditEntityType } from './entity-types';

export const AUDIT_LOG_ORDERS = ['newest-first', 'oldest-first'] as const;
export type AuditLogOrder = (typeof AUDIT_LOG_ORDERS)[number];

/** `GET /audit/events`: every filter optional; time range on when the store recorded the event, `from` inclusive, `to` exclusive. */
export interface AuditLogQuery {
  actor?: string;
  /** One or more stored event type names (`?eventType=a&eventType=b` or `a,b`). */
  eventType?: string[];
  entityType?: AuditEntityType;
  entityId?: string;
  stream?: string;
  /** ISO-8601 instant, inclusive. */
  from?: string;
  /** ISO-8601 instant, exclusive. */
  to?: string;
  order?: AuditLogOrder;
  /** 1..500, default 100. */
  limit?: number;
  /** The `nextCursor` of the previous page (opaque). */
  cursor?: string;
}

export interface AuditLogItem {
  /** Opaque global position in the event store. */
  position: string;
  eventId: string;
  stream: string;
  entityType: AuditEntityType;
  entityId: string;
  eventType: string;
  schemaVersion: number;
  revision: number;
  actor: string;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  correlationId: string | null;
  causationId: string | null;
  hash: string;
}

export interface AuditLogPage {
  items: AuditLogItem[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
