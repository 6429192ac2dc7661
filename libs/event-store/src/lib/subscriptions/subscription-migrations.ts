import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Table name of projection checkpoints, in the read-model database's default schema. */
export const CHECKPOINT_TABLE = 'projection_checkpoints';

export class CreateProjectionCheckpoints1764100000100
  implements MigrationInterface
{
  readonly name = 'CreateProjectionCheckpoints1764100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table ${CHECKPOINT_TABLE} (
        projection text primary key,
        -- Opaque event store position (adapter-specific); 'start' before the first event.
        position text not null,
        events_applied bigint not null default 0,
        -- When the last applied event was recorded by the store: its age is the projection's lag in time.
        last_event_recorded_at timestamptz,
        updated_at timestamptz not null default now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table if exists ${CHECKPOINT_TABLE}`);
  }
}

/** Migrations for the projection runner's checkpoint table; run them on the read-model DataSource. */
export const subscriptionMigrations: Array<new () => MigrationInterface> = [
  CreateProjectionCheckpoints1764100000100,
];
