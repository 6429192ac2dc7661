import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarImportRule } from '@billing/time-tracking/contracts';

/**
 * `tt_calendar_import_rules`: a member's keyword rules, one row per member, replaced as a whole with an
 * optimistic revision. A personal preference that only shapes proposals: every entry it leads to is still logged
 * as an event (source `calendar`), so a table is enough here and keeps the event store for business facts.
 */
@Entity('tt_calendar_import_rules')
export class CalendarRulesRow {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'jsonb' })
  rules!: CalendarImportRule[];

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
