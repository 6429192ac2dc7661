import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { BillingMark, TimeEntrySource } from '@billing/time-tracking/domain';

/**
 * `tt_time_entries`: one row per entry (deleted ones flagged, so a restore brings them back). Local day, ISO week
 * and month are of the start, in the organisation's zone at projection time (`time_zone`); a change of the
 * organisation's zone needs a rebuild of this read model.
 */
@Entity('tt_time_entries')
@Index('tt_time_entries_member_day', ['memberId', 'localDay'])
export class TimeEntryRow {
  @PrimaryColumn({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ type: 'boolean' })
  billable!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  billing!: BillingMark | null;

  @Column({ type: 'text' })
  source!: TimeEntrySource;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'started_at', type: 'text' })
  startedAt!: string;

  @Column({ name: 'ended_at', type: 'text', nullable: true })
  endedAt!: string | null;

  /** null while running. */
  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds!: number | null;

  @Column({ name: 'recorded_at', type: 'text' })
  recordedAt!: string;

  @Column({ name: 'local_day', type: 'text' })
  localDay!: string;

  @Column({ name: 'local_week', type: 'text' })
  localWeek!: string;

  @Column({ name: 'local_month', type: 'text' })
  localMonth!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ type: 'boolean' })
  deleted!: boolean;

  /** Adjusting entries only: the entry corrected (null otherwise). */
  @Column({ name: 'adjusts_entry_id', type: 'uuid', nullable: true })
  adjustsEntryId!: string | null;

  @Column({ name: 'adjustment_reason', type: 'text', nullable: true })
  adjustmentReason!: string | null;

  @Column({ type: 'integer' })
  revision!: number;
}
