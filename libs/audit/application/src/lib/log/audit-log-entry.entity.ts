import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Read model `audit_log`: one row per event of the store, in the order the projection applied them (`seq`, which
 * follows the global order and is what keyset paging uses; `position` stays opaque).
 */
@Entity('audit_log')
@Index('audit_log_actor_idx', ['actor', 'seq'])
@Index('audit_log_event_type_idx', ['eventType', 'seq'])
@Index('audit_log_entity_idx', ['entityType', 'entityId', 'seq'])
@Index('audit_log_stream_idx', ['stream', 'revision'])
@Index('audit_log_recorded_at_idx', ['recordedAt', 'seq'])
export class AuditLogEntry {
  @Column({ type: 'bigint', unique: true })
  seq!: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  position!: string;

  @Column({ type: 'text' })
  stream!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType!: string;

  @Column({ name: 'schema_version', type: 'integer' })
  schemaVersion!: number;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @Column({ name: 'causation_id', type: 'text', nullable: true })
  causationId!: string | null;

  @Column({ type: 'text' })
  hash!: string;
}
