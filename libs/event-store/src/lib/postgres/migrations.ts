import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createSchemaSql, dropSchemaSql } from './sql/schema-sql';

export const DEFAULT_EVENT_STORE_SCHEMA = 'event_store';

type MigrationClass = new () => MigrationInterface;

/**
 * TypeORM migrations that create the event store in `schema`.
 * The migration name carries the schema so several stores can live in one database.
 */
export function createEventStoreMigrations(
  schema: string = DEFAULT_EVENT_STORE_SCHEMA,
): MigrationClass[] {
  const suffix =
    schema === DEFAULT_EVENT_STORE_SCHEMA
      ? ''
      : `_${schema.replace(/[^A-Za-z0-9_]/g, '_')}`;
  class CreateEventStore implements MigrationInterface {
    readonly name = `CreateEventStore${suffix}1764100000000`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(createSchemaSql(schema));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(dropSchemaSql(schema));
    }
  }
  return [CreateEventStore];
}

/** Migrations for the default `event_store` schema; the api runs them at start. */
export const eventStoreMigrations: MigrationClass[] =
  createEventStoreMigrations();
