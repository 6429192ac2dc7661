import { Client } from 'pg';

export const TEST_POSTGRES_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

/**
 * Drops the database `name` (the test host's start-up creates it again) and returns its URL; fails loudly, naming
 * the suite that needs it, when PostgreSQL cannot be reached.
 */
export async function recreateTestDatabase(name: string, neededBy: string): Promise<string> {
  const client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres`, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${TEST_POSTGRES_URL} (the ${neededBy} tests need it): ${String(error)}`);
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  return `${TEST_POSTGRES_URL}/${name}`;
}
