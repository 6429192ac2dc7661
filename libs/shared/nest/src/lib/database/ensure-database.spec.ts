import { Client } from 'pg';
import { ensureDatabaseExists } from './ensure-database';

const SERVER_URL =
  process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const NAME = 'billing_shared_nest_test_ensure';

async function dropTestDatabase(): Promise<void> {
  const client = new Client({
    connectionString: `${SERVER_URL}/postgres`,
    connectionTimeoutMillis: 5000,
  });
  await client.connect().catch((error: unknown) => {
    throw new Error(
      `PostgreSQL is unreachable at ${SERVER_URL}: ${String(error)}`,
    );
  });
  await client.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
  await client.end();
}

describe('ensureDatabaseExists (real PostgreSQL)', () => {
  beforeAll(dropTestDatabase);
  afterAll(dropTestDatabase);

  it('creates a missing database once, then finds it', async () => {
    await expect(
      ensureDatabaseExists(`${SERVER_URL}/${NAME}`),
    ).resolves.toEqual({ created: true });
    await expect(
      ensureDatabaseExists(`${SERVER_URL}/${NAME}`),
    ).resolves.toEqual({ created: false });
  });
});
