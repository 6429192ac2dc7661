import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved reports (per member, optionally shared in the organisation) and their online links. */
export class CreateSavedReports1768000000100 implements MigrationInterface {
  name = 'CreateSavedReports1768000000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table rpt_saved_reports (
        id uuid primary key,
        owner_id uuid not null,
        name text not null,
        definition jsonb not null,
        shared boolean not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      )`);
    await runner.query('create index on rpt_saved_reports (owner_id)');
    await runner.query(
      'create index on rpt_saved_reports (shared) where shared',
    );
    await runner.query(`
      create table rpt_shared_links (
        id uuid primary key,
        saved_report_id uuid not null references rpt_saved_reports (id) on delete cascade,
        created_by uuid not null,
        created_at timestamptz not null,
        expires_at timestamptz not null,
        revoked_at timestamptz,
        revoked_by uuid
      )`);
    await runner.query('create index on rpt_shared_links (saved_report_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists rpt_shared_links');
    await runner.query('drop table if exists rpt_saved_reports');
  }
}
