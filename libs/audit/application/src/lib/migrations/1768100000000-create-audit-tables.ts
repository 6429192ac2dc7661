import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The global audit log read model and the log of auditor queries. */
export class CreateAuditTables1768100000000 implements MigrationInterface {
  name = 'CreateAuditTables1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        seq bigserial NOT NULL UNIQUE,
        event_id uuid PRIMARY KEY,
        position text NOT NULL,
        stream text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL,
        revision integer NOT NULL,
        actor text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        reason text,
        correlation_id text,
        causation_id text,
        hash text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX audit_log_actor_idx ON audit_log (actor, seq)');
    await queryRunner.query('CREATE INDEX audit_log_event_type_idx ON audit_log (event_type, seq)');
    await queryRunner.query('CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, seq)');
    await queryRunner.query('CREATE INDEX audit_log_stream_idx ON audit_log (stream, revision)');
    await queryRunner.query('CREATE INDEX audit_log_recorded_at_idx ON audit_log (recorded_at, seq)');
    await queryRunner.query(`
      CREATE TABLE audit_queries (
        id bigserial PRIMARY KEY,
        member_id text NOT NULL,
        query text NOT NULL,
        parameters jsonb NOT NULL,
        asked_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX audit_queries_member_idx ON audit_queries (member_id, asked_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_queries');
    await queryRunner.query('DROP TABLE audit_log');
  }
}
