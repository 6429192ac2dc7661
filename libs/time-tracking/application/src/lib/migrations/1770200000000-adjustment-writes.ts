import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `tt_adjustment_writes`: per adjusted entry, the entry stream whose write last changed its adjustments, recorded
 * before that write is appended. The next write of the entry's adjustments waits until the list shows that stream
 * at its current revision, so it never decides on a list that misses the write before it (see AdjustedEntryLocks).
 */
export class AdjustmentWrites1770200000000 implements MigrationInterface {
  name = 'AdjustmentWrites1770200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `create table tt_adjustment_writes (
         adjusted_entry_id uuid primary key,
         entry_id uuid not null,
         announced_at timestamptz not null default now()
       )`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists tt_adjustment_writes');
  }
}
