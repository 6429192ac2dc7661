import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  appendEventsNotifyOptionalSql,
  appendEventsV1Sql,
  createSchemaSql,
  dropSchemaSql,
} from './sql/schema-sql';
import { appendEventsV2Sql } from './sql/append-events-sql';
import { quoteIdentifier } from './sql/quote-identifier';

export const DEFAULT_EVENT_STORE_SCHEMA = 'event_store';

type MigrationClass = new () => MigrationInterface;

/**
 * TypeORM migrations that create the event store in `schema`.
 * The migration names carry the schema so several stores can live in one database.
 */
export function createEventStoreMigrations(
  schema: string = DEFAULT_EVENT_STORE_SCHEMA,
): MigrationClass[] {
  const suffix =
    schema === DEFAULT_EVENT_STORE_SCHEMA
      ? ''
      : `_${schema.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const s = quoteIdentifier(schema);

  class CreateEventStore implements MigrationInterface {
    readonly name = `CreateEventStore${suffix}1764100000000`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(createSchemaSql(schema));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(dropSchemaSql(schema));
    }
  }

  /** append_events stops calling pg_notify inside the append transaction (the adapter notifies after commit). */
  class AppendNotifyAfterCommit implements MigrationInterface {
    readonly name = `AppendNotifyAfterCommit${suffix}1764200000000`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(appendEventsNotifyOptionalSql(s));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(
        appendEventsV1Sql(s).replace(
          'create function',
          'create or replace function',
        ),
      );
    }
  }

  /** append_events hashes the batch in one pass and inserts it with one statement. */
  class SetBasedAppend implements MigrationInterface {
    readonly name = `SetBasedAppend${suffix}1764200000100`;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(appendEventsV2Sql(schema));
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(appendEventsNotifyOptionalSql(s));
    }
  }

  return [CreateEventStore, AppendNotifyAfterCommit, SetBasedAppend];
}

/** Migrations for the default `event_store` schema; the api runs them at start. */
export const eventStoreMigrations: MigrationClass[] =
  createEventStoreMigrations();
