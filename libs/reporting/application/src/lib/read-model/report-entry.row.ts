import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `rpt_time_entries`: one row per time entry, denormalised for reports (written by TimeReportProjection). */
@Entity({ name: 'rpt_time_entries' })
export class ReportEntryRow {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' }) entryId!: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId!: string;
  @Column({ name: 'member_name', type: 'text' }) memberName!: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId!: string;
  @Column({ name: 'project_name', type: 'text' }) projectName!: string;
  @Column({ name: 'client_id', type: 'uuid', nullable: true }) clientId!:
    | string
    | null;
  @Column({ name: 'client_name', type: 'text' }) clientName!: string;
  @Column({ name: 'task_id', type: 'uuid', nullable: true }) taskId!:
    | string
    | null;
  @Column({ name: 'task_name', type: 'text', nullable: true }) taskName!:
    | string
    | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId!:
    | string
    | null;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'text', array: true }) tags!: string[];
  @Column({ type: 'boolean' }) billable!: boolean;
  @Column({ type: 'boolean' }) billed!: boolean;
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true }) invoiceId!:
    | string
    | null;
  @Column({ name: 'billing_reference', type: 'text', nullable: true })
  billingReference!: string | null;
  @Column({ type: 'text' }) source!: string;
  @Column({ name: 'external_id', type: 'text', nullable: true }) externalId!:
    | string
    | null;
  @Column({ name: 'adjusts_entry_id', type: 'uuid', nullable: true })
  adjustsEntryId!: string | null;
  @Column({ name: 'adjustment_reason', type: 'text', nullable: true })
  adjustmentReason!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
  @Column({ name: 'local_day', type: 'date' }) localDay!: string;
  @Column({ name: 'week_key', type: 'text' }) weekKey!: string;
  @Column({ name: 'month_key', type: 'text' }) monthKey!: string;
  @Column({ name: 'tracked_seconds', type: 'integer' }) trackedSeconds!: number;
  @Column({ name: 'billable_seconds', type: 'integer' })
  billableSeconds!: number;
  @Column({ name: 'rate_minor', type: 'bigint', nullable: true }) rateMinor!:
    | string
    | null;
  @Column({ type: 'bigint' }) amount!: string;
  @Column({ type: 'bigint' }) cost!: string;
  @Column({ type: 'text', nullable: true }) currency!: string | null;
  @Column({ name: 'cost_currency', type: 'text', nullable: true })
  costCurrency!: string | null;
  @Column({ type: 'boolean' }) deleted!: boolean;
  @Column({ type: 'boolean' }) live!: boolean;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
}
