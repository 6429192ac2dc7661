import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `tt_closed_periods`: months closed organisation-wide (team null) or for one team. Created empty here; the
 * month-end close issue fills it from its events.
 */
@Entity('tt_closed_periods')
export class ClosedPeriodRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `YYYY-MM` in the organisation's zone. */
  @Column({ type: 'text' })
  month!: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  /** On an organisation-wide row: teams reopened out of it, whose entries stay writable. */
  @Column({ name: 'except_team_ids', type: 'uuid', array: true, default: () => "'{}'" })
  exceptTeamIds!: string[];
}
