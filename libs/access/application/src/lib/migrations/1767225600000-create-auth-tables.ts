import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuthTables1767225600000 implements MigrationInterface {
  name = 'CreateAuthTables1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE auth_accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT auth_accounts_roles_known
          CHECK (roles <@ ARRAY['admin', 'finance', 'responsible', 'member', 'auditor']::text[])
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX auth_accounts_email_unique ON auth_accounts (lower(email))`,
    );
    await queryRunner.query(`
      CREATE TABLE auth_refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES auth_accounts (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        replaced_by uuid
      )`);
    await queryRunner.query(
      `CREATE INDEX auth_refresh_tokens_account ON auth_refresh_tokens (account_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE auth_refresh_tokens');
    await queryRunner.query('DROP TABLE auth_accounts');
  }
}
