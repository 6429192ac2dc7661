import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `audit_queries`: every query an auditor (or operator) made through the audit API. Not a domain event. */
@Entity('audit_queries')
@Index('audit_queries_member_idx', ['memberId', 'askedAt'])
export class AuditQueryRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'member_id', type: 'text' })
  memberId!: string;

  /** What was asked: `events`, `entity-history`, `verify`, `projections`. */
  @Column({ type: 'text' })
  query!: string;

  @Column({ type: 'jsonb' })
  parameters!: Record<string, unknown>;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt!: Date;
}
