import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyRecords1767225700000 implements MigrationInterface {
  name = 'CreateIdempotencyRecords1767225700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      create table if not exists idempotency_records (
        scope text not null,
        key text not null,
        request_hash text not null,
        status text not null check (status in ('pending', 'completed')),
        response_body jsonb,
        response_headers jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        completed_at timestamptz,
        primary key (scope, key)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists idempotency_records');
  }
}
