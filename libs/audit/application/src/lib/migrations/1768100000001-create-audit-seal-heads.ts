import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The chain heads of the latest seals; each seal event carries the digest and signature over its rows. */
export class CreateAuditSealHeads1768100000001 implements MigrationInterface {
  name = 'CreateAuditSealHeads1768100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_seal_heads (
        seal_id uuid NOT NULL,
        sealed_at timestamptz NOT NULL,
        stream text NOT NULL,
        revision bigint NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (seal_id, stream)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_seal_heads');
  }
}
