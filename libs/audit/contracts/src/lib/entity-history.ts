import type { AuditEntityType } from './entity-types';

/** One changed field: `path` is dotted for nested objects (`billingModel.kind`); absent values are null. */
export interface FieldDiff {
  path: string;
  before: unknown;
  after: unknown;
}

export interface EntityHistoryEvent {
  revision: number;
  eventId: string;
  eventType: string;
  schemaVersion: number;
  actor: string;
  occurredAt: string;
  recordedAt: string;
  reason: string | null;
  correlationId: string | null;
  causationId: string | null;
  hash: string;
  data: unknown;
  /** From the event's own before/after pairs when it carries them, else its data against the accumulated previous data. */
  changes: FieldDiff[];
}

/** `GET /audit/entities/:entityType/:id/history`: read straight from the event store, in stream order. */
export interface EntityHistory {
  entityType: AuditEntityType;
  entityId: string;
  stream: string;
  events: EntityHistoryEvent[];
}
