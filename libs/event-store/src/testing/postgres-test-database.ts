import { Client } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { eventStoreMigrations } from '../lib/postgres/migrations';
import { subscriptionMigrations } from '../lib/subscriptions/subscription-migrations';

/** Server for integration tests; override with EVENT_STORE_TEST_PG_URL (no database name in it). */
export const TEST_SERVER_URL =
  process.env['EVENT_STORE_TEST_PG_URL'] ??
  'postgres://postgres@127.0.0.1:5432';
export const TEST_DATABASE = 'billing_es_test';
export const TEST_DATABASE_URL = `${TEST_SERVER_URL}/${TEST_DATABASE}`;

const MIGRATION_LOCK_KEY = 7_310_452_001;

async function connectOrExplain(url: string): Promise<Client> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    return client;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL unreachable at ${url} (${reason}). The event-store integration tests need a running PostgreSQL ` +
        `(user postgres, trust auth) on 127.0.0.1:5432, or EVENT_STORE_TEST_PG_URL pointing at one.`,
    );
  }
}

async function ensureDatabaseExists(): Promise<void> {
  const admin = await connectOrExplain(`${TEST_SERVER_URL}/postgres`);
  try {
    const exists = await admin.query(
      'select 1 from pg_database where datname = $1',
      [TEST_DATABASE],
    );
    if (exists.rowCount === 0) {
      try {
        await admin.query(`create database ${TEST_DATABASE}`);
      } catch (error) {
        // Another test file created it first.
        if (
          !(
            typeof error === 'object' &&
            error !== null &&
            'code' in error &&
            error.code === '42P04'
          )
        ) {
          throw error;
        }
      }
    }
  } finally {
    await admin.end();
  }
}

export async function runMigrations(
  url: string,
  migrations: ReadonlyArray<new () => MigrationInterface>,
): Promise<void> {
  const lock = await connectOrExplain(url);
  try {
    // Test files run in parallel workers: one migrates at a time.
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({
      type: 'postgres',
      url,
      migrations: [...migrations],
      logging: false,
    });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock
      .query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await lock.end();
  }
}

/** Creates `billing_es_test` when missing and brings its schema up to date; returns its connection string. */
export async function prepareTestDatabase(): Promise<string> {
  await ensureDatabaseExists();
  await runMigrations(TEST_DATABASE_URL, [
    ...eventStoreMigrations,
    ...subscriptionMigrations,
  ]);
  return TEST_DATABASE_URL;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
