import { Client } from 'pg';
import { DataSource, EntitySchema } from 'typeorm';
import {
  createEventStoreMigrations,
  eventStoreMigrations,
  subscriptionMigrations,
} from '@billing/event-store';
import { PLAIN_TABLE_SQL } from './plain-table';

/** BENCH_DATABASE lets two benchmark runs share a server without dropping each other's database. */
export const BENCH_DATABASE = process.env['BENCH_DATABASE'] ?? 'billing_bench';
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(BENCH_DATABASE)) throw new Error(`BENCH_DATABASE must be a plain lower-case name, not ${BENCH_DATABASE}`);
/** Schemas of the bulk-loaded stores: kept apart from the append runs so their event counts are exact. */
export const CATCH_UP_SCHEMA = 'es_catchup';
export const REBUILD_SCHEMA = 'es_rebuild';

export function benchUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Drops and recreates `billing_bench` (terminating leftover sessions of an earlier run). */
export async function recreateDatabase(serverUrl: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await admin.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
}

/** One row per applied event: what the rebuild scenario's projection writes. */
export interface ProjectedEntry {
  eventId: string;
  streamName: string;
  revision: number;
  minutes: number;
}

const projectedEntryColumns = {
  eventId: { name: 'event_id', type: 'uuid', primary: true },
  streamName: { name: 'stream_name', type: 'text' },
  revision: { type: 'bigint' },
  minutes: { type: 'integer' },
} as const;

export const ProjectedEntrySchema = new EntitySchema<ProjectedEntry>({
  name: 'ProjectedEntry',
  tableName: 'bench_projected_entries',
  columns: projectedEntryColumns,
});

/** The same entity in its own table, for the plain baseline. */
export const PlainProjectedEntrySchema = new EntitySchema<ProjectedEntry>({
  name: 'PlainProjectedEntry',
  tableName: 'bench_projected_entries_plain',
  columns: projectedEntryColumns,
});

/** The read-model side: migrations of the stores and the runner's checkpoints, plus the baseline tables. */
export async function openDataSource(
  connectionString: string,
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: connectionString,
    entities: [ProjectedEntrySchema, PlainProjectedEntrySchema],
    migrations: [
      ...eventStoreMigrations,
      ...createEventStoreMigrations(CATCH_UP_SCHEMA),
      ...createEventStoreMigrations(REBUILD_SCHEMA),
      ...subscriptionMigrations,
    ],
    logging: false,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.query(PLAIN_TABLE_SQL);
  for (const table of [
    'bench_projected_entries',
    'bench_projected_entries_plain',
  ]) {
    await dataSource.query(
      `create table if not exists ${table} (event_id uuid primary key, stream_name text not null, revision bigint not null, minutes integer not null)`,
    );
  }
  return dataSource;
}
