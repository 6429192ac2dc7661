import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adjusting entries: which entry each corrects and why; the index finds an entry's adjustments. */
export class TimeEntryAdjustments1770100000000 implements MigrationInterface {
  name = 'TimeEntryAdjustments1770100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('alter table tt_time_entries add column adjusts_entry_id uuid, add column adjustment_reason text');
    await runner.query('create index tt_time_entries_adjusts on tt_time_entries (adjusts_entry_id) where adjusts_entry_id is not null');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop index if exists tt_time_entries_adjusts');
    await runner.query('alter table tt_time_entries drop column if exists adjusts_entry_id, drop column if exists adjustment_reason');
  }
}
