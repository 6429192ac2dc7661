import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pace: `pace_days` (per member and day: expected, tracked, missing, the member's team that day) and the projection's
 * own look-up tables, so the one projection never waits for another's read model. `notifications` and
 * `notification_deliveries` are written by the worker's jobs, not by a projection.
 */
export class CreatePaceReadModels1767800000000 implements MigrationInterface {
  name = 'CreatePaceReadModels1767800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table pace_settings (id integer primary key, time_zone text not null, horizon text)`);
    await runner.query(`create table pace_streams (stream_id text primary key, revision integer not null)`);
    await runner.query(`create table pace_members (member_id uuid primary key, name text not null, email text not null, active boolean not null)`);
    await runner.query(`create table pace_teams (team_id uuid primary key, name text not null, responsible_ids uuid[] not null, archived boolean not null)`);
    await runner.query(`create table pace_team_memberships (member_id uuid not null, from_date text not null, team_id uuid, primary key (member_id, from_date))`);
    await runner.query(`create table pace_schedules (member_id uuid not null, valid_from text not null, weekday_seconds integer[] not null, primary key (member_id, valid_from))`);
    await runner.query(`create table pace_holidays (date text primary key, name text not null)`);
    await runner.query(`
      create table pace_time_off (
        member_id uuid not null, time_off_id text not null, from_date text not null, to_date text not null,
        seconds_per_day integer, note text not null, primary key (member_id, time_off_id)
      )`);
    await runner.query(`
      create table pace_entries (
        entry_id uuid primary key, member_id uuid not null, started_at timestamptz not null, ended_at timestamptz,
        local_day text not null, deleted boolean not null
      )`);
    await runner.query('create index pace_entries_member_day on pace_entries (member_id, local_day)');
    await runner.query(`
      create table pace_reminders (
        member_id uuid not null, on_date text not null, source text not null, sent_at timestamptz not null,
        missing_seconds integer not null, primary key (member_id, on_date)
      )`);
    await runner.query(`
      create table pace_days (
        member_id uuid not null, day text not null, team_id uuid,
        expected_seconds integer not null, tracked_seconds integer not null, missing_seconds integer not null,
        primary key (member_id, day)
      )`);
    await runner.query('create index pace_days_day on pace_days (day, team_id)');
    await runner.query(`
      create table notifications (
        id uuid primary key, recipient_id uuid not null, kind text not null, dedupe_key text not null unique,
        title text not null, body text not null, data jsonb not null, created_at timestamptz not null, read_at timestamptz
      )`);
    await runner.query('create index notifications_recipient on notifications (recipient_id, created_at desc)');
    await runner.query(`
      create table notification_deliveries (
        dedupe_key text not null, channel text not null, delivered_at timestamptz not null, primary key (dedupe_key, channel)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_deliveries',
      'notifications',
      'pace_days',
      'pace_reminders',
      'pace_entries',
      'pace_time_off',
      'pace_holidays',
      'pace_schedules',
      'pace_team_memberships',
      'pace_teams',
      'pace_members',
      'pace_settings',
      'pace_streams',
    ]) {
      await runner.query(`drop table if exists ${table}`);
    }
  }
}
