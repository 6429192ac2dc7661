import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Replay-and-diff runs: progress while they run, the differences once done. */
export class CreateAuditReplayRuns1768100000002 implements MigrationInterface {
  name = 'CreateAuditReplayRuns1768100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_replay_runs (
        id uuid PRIMARY KEY,
        requested_by text NOT NULL,
        phase text NOT NULL,
        events_replayed bigint NOT NULL DEFAULT 0,
        events_total bigint NOT NULL DEFAULT 0,
        tables_diffed integer NOT NULL DEFAULT 0,
        tables_total integer NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL,
        heartbeat_at timestamptz NOT NULL,
        finished_at timestamptz,
        error text,
        result jsonb
      )`);
    await queryRunner.query('CREATE INDEX audit_replay_runs_started_idx ON audit_replay_runs (started_at DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_replay_runs');
  }
}
