import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  ReportGroupBy,
  SavedReportPeriod,
  TimeReportFilters,
} from '@billing/reporting/contracts';

export interface SavedReportDefinition {
  period: SavedReportPeriod;
  filters: TimeReportFilters;
  groupBy: ReportGroupBy[];
}

/** `rpt_saved_reports`: a member's saved report definition. */
@Entity({ name: 'rpt_saved_reports' })
export class SavedReportRow {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'jsonb' }) definition!: SavedReportDefinition;
  @Column({ type: 'boolean' }) shared!: boolean;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
