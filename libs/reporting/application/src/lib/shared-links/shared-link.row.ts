import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `rpt_shared_links`: an online link to a saved report; the token is derived from id and expiry, never stored. */
@Entity({ name: 'rpt_shared_links' })
export class SharedLinkRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'saved_report_id', type: 'uuid' }) savedReportId!: string;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
  @Column({ name: 'revoked_by', type: 'uuid', nullable: true }) revokedBy!:
    | string
    | null;
}
