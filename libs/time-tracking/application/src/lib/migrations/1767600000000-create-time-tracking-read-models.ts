import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of time tracking, the (empty) closed periods, and members' calendar import rules. */
export class CreateTimeTrackingReadModels1767600000000 implements MigrationInterface {
  name = 'CreateTimeTrackingReadModels1767600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table tt_time_entries (
        entry_id uuid primary key,
        member_id uuid not null,
        project_id uuid not null,
        task_id uuid,
        description text not null,
        tags text[] not null,
        billable boolean not null,
        billing jsonb,
        source text not null,
        external_id text,
        started_at text not null,
        ended_at text,
        duration_seconds integer,
        recorded_at text not null,
        local_day text not null,
        local_week text not null,
        local_month text not null,
        time_zone text not null,
        deleted boolean not null,
        revision integer not null
      )`);
    await runner.query('create index tt_time_entries_member_day on tt_time_entries (member_id, local_day)');
    await runner.query('create index tt_time_entries_project_day on tt_time_entries (project_id, local_day)');
    await runner.query('create index tt_time_entries_day on tt_time_entries (local_day)');
    await runner.query(
      'create index tt_time_entries_external on tt_time_entries (member_id, external_id) where external_id is not null',
    );
    await runner.query(`
      create table tt_running_timers (
        member_id uuid primary key,
        entry_id uuid not null,
        started_at text not null,
        revision integer not null
      )`);
    await runner.query(`
      create table tt_closed_periods (
        id uuid primary key default gen_random_uuid(),
        month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
        team_id uuid
      )`);
    await runner.query(
      `create unique index tt_closed_periods_month_team on tt_closed_periods (month, coalesce(team_id, '00000000-0000-0000-0000-000000000000'))`,
    );
    await runner.query(`
      create table tt_calendar_import_rules (
        member_id uuid primary key,
        rules jsonb not null,
        revision integer not null,
        updated_at timestamptz not null
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['tt_calendar_import_rules', 'tt_closed_periods', 'tt_running_timers', 'tt_time_entries']) {
      await runner.query(`drop table if exists ${table}`);
    }
  }
}
