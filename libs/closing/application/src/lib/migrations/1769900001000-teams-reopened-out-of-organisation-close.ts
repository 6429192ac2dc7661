import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Teams reopened out of an organisation-wide close, kept on the period's row (time tracking's closed scopes carry
 * them too, in its own migration).
 */
export class TeamsReopenedOutOfOrganisationClose1769900001000 implements MigrationInterface {
  name = 'TeamsReopenedOutOfOrganisationClose1769900001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table closing_periods add column reopened_team_ids uuid[] not null default '{}'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('alter table closing_periods drop column if exists reopened_team_ids');
  }
}
