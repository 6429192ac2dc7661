import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models of the month-end close: one row per period ever touched, and its history. The closed scopes the
 * write path reads are time tracking's `tt_closed_periods`, filled by the same projection.
 */
export class CreateClosingReadModels1767700000000 implements MigrationInterface {
  name = 'CreateClosingReadModels1767700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table closing_periods (
        period_key text primary key check (period_key ~ '^[0-9]{4}-[0-9]{2}$'),
        organisation_closed boolean not null,
        closed_team_ids uuid[] not null,
        deadline_override text,
        revision integer not null
      )`);
    await runner.query(`
      create table closing_period_history (
        period_key text not null,
        revision integer not null,
        kind text not null,
        actor text not null,
        occurred_at text not null,
        organisation_wide boolean not null,
        team_ids uuid[] not null,
        reason text,
        checklist jsonb,
        deadline text,
        previous_deadline text,
        primary key (period_key, revision)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists closing_period_history');
    await runner.query('drop table if exists closing_periods');
  }
}
