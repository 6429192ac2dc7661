import { Client } from 'pg';

/**
 * Runs `statements` in one transaction on a separate superuser connection with replica mode on, which skips the
 * event store's immutability triggers for that transaction only: what an attacker with database rights could do.
 */
export async function asSuperuserBehindTheStore<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
