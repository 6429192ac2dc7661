import { Client } from 'pg';

/** Creates the database named in `databaseUrl` when it does not exist, via the `postgres` maintenance database. */
export async function ensureDatabaseExists(
  databaseUrl: string,
): Promise<{ created: boolean }> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    const exists = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [name],
    );
    if (exists.rowCount) return { created: false };
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } catch (error) {
      if ((error as { code?: string }).code === '42P04')
        return { created: false }; // created meanwhile by another process
      throw error;
    }
    return { created: true };
  } finally {
    await client.end();
  }
}
