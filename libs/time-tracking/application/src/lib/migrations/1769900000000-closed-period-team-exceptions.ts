import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An organisation-wide closed month can have teams reopened out of it; their entries stay writable. */
export class ClosedPeriodTeamExceptions1769900000000 implements MigrationInterface {
  name = 'ClosedPeriodTeamExceptions1769900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table tt_closed_periods add column except_team_ids uuid[] not null default '{}'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('alter table tt_closed_periods drop column if exists except_team_ids');
  }
}
