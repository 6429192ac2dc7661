import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `tt_running_timers`: one row per member whose timer runs (the timer stream's view). */
@Entity('tt_running_timers')
export class RunningTimerRow {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId!: string;

  @Column({ name: 'started_at', type: 'text' })
  startedAt!: string;

  /** Revision of the member's timer stream. */
  @Column({ type: 'integer' })
  revision!: number;
}
