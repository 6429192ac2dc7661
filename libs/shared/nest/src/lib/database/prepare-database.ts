import { DataSource, DataSourceOptions } from 'typeorm';
import { ensureDatabaseExists } from './ensure-database';

/** Any constant: serialises migration runs of several processes starting at once. */
const MIGRATION_LOCK_KEY = 727_274_001;

/**
 * Start-up step before Nest boots: create the database if missing, then run pending migrations under an advisory
 * lock. Running it again is a no-op. Returns the names of the migrations it applied.
 */
export async function prepareDatabase(
  options: DataSourceOptions & { url: string },
): Promise<{ created: boolean; applied: string[] }> {
  const { created } = await ensureDatabaseExists(options.url);
  const dataSource = new DataSource({
    ...options,
    entities: [],
    extra: { ...options.extra, max: 1 },
  });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return { created, applied: applied.map((m) => m.name) };
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [
        MIGRATION_LOCK_KEY,
      ]);
    }
  } finally {
    await dataSource.destroy();
  }
}
