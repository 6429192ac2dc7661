import { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of the access context; both are rebuilt from the event store by their projections. */
export class CreateAccessReadModels1767400000100 implements MigrationInterface {
  name = 'CreateAccessReadModels1767400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_members (
        member_id uuid PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL,
        roles text[] NOT NULL,
        active boolean NOT NULL,
        stream_revision integer NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX access_members_email ON access_members (email)`,
    );
    await queryRunner.query(`
      CREATE TABLE access_responsibilities (
        resource_kind text NOT NULL CHECK (resource_kind IN ('team', 'client', 'project')),
        resource_id uuid NOT NULL,
        member_id uuid NOT NULL,
        PRIMARY KEY (resource_kind, resource_id, member_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX access_responsibilities_member ON access_responsibilities (member_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_responsibilities');
    await queryRunner.query('DROP TABLE access_members');
  }
}
