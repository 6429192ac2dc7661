import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts belong to members: roles and active/deactivated now come from the member events (the access_members
 * read model), so the account keeps only how to log in. Adds personal API tokens, stored hashed.
 */
export class LinkAccountsToMembers1767400000000 implements MigrationInterface {
  name = 'LinkAccountsToMembers1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE auth_accounts ADD COLUMN member_id uuid CONSTRAINT auth_accounts_member_unique UNIQUE`,
    );
    await queryRunner.query(
      `ALTER TABLE auth_accounts DROP CONSTRAINT auth_accounts_roles_known`,
    );
    await queryRunner.query(
      `ALTER TABLE auth_accounts DROP COLUMN roles, DROP COLUMN active`,
    );
    await queryRunner.query(`
      CREATE TABLE auth_api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX auth_api_tokens_member ON auth_api_tokens (member_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE auth_api_tokens');
    await queryRunner.query(`
      ALTER TABLE auth_accounts
        ADD COLUMN roles text[] NOT NULL DEFAULT '{}',
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD CONSTRAINT auth_accounts_roles_known
          CHECK (roles <@ ARRAY['admin', 'finance', 'responsible', 'member', 'auditor']::text[])`);
    await queryRunner.query('ALTER TABLE auth_accounts DROP COLUMN member_id');
  }
}
