import { DataSource } from 'typeorm';
import {
  createPostgresEventStore,
  eventStoreMigrations,
  subscriptionMigrations,
} from '@billing/event-store';
import { generateData } from './generate';
import { FULL_SIZES, SMALL_SIZES } from './sizes';

/**
 * `node -r ts-node/register/transpile-only -r tsconfig-paths/register tools/generate-data/src/main.ts [--small]
 *   [--entries=N] [--seed=N] [--writers=N]` with TS_NODE_PROJECT=tools/generate-data/tsconfig.json and DATABASE_URL.
 * Appends to the database's event store; `--migrate` first creates the event store schema (the api does it too).
 */
async function main(): Promise<void> {
  const flags = new Map(
    process.argv
      .slice(2)
      .map(
        (arg) =>
          arg.replace(/^--/, '').split('=') as [string, string | undefined],
      ),
  );
  const sizes = { ...(flags.has('small') ? SMALL_SIZES : FULL_SIZES) };
  if (flags.get('entries')) sizes.entries = Number(flags.get('entries'));
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl)
    throw new Error(
      'Set DATABASE_URL to the database whose event store receives the events',
    );
  if (flags.has('migrate')) {
    const dataSource = new DataSource({
      type: 'postgres',
      url: databaseUrl,
      migrations: [...eventStoreMigrations, ...subscriptionMigrations],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
  }
  const store = createPostgresEventStore({
    connectionString: databaseUrl,
    maxConnections: Number(flags.get('writers') ?? 8),
  });
  try {
    const result = await generateData(store, {
      sizes,
      seed: Number(flags.get('seed') ?? 20260615),
      writers: Number(flags.get('writers') ?? 8),
      log: (line) => console.log(line),
    });
    console.log(
      `${result.events} events (${result.entries} entries from ${result.firstDay}) in ${result.seconds.toFixed(1)} s`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
