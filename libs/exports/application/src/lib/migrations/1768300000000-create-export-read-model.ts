import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The exports read model: one row per export, its lifecycle as the export stream tells it. */
export class CreateExportReadModel1768300000000 implements MigrationInterface {
  name = 'CreateExportReadModel1768300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table exp_exports (
        export_id uuid primary key,
        requested_by text not null,
        format text not null,
        definition jsonb not null,
        status text not null check (status in ('queued', 'running', 'completed', 'failed', 'cancelled')),
        requested_at timestamptz not null,
        started_at timestamptz,
        finished_at timestamptz,
        attempts integer not null default 0,
        storage_key text,
        file_name text,
        byte_size bigint,
        row_count bigint,
        failure_reason text,
        revision integer not null
      )`);
    await runner.query('create index exp_exports_requester on exp_exports (requested_by, requested_at desc)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table exp_exports');
  }
}
