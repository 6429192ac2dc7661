import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationClass = Function;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityClass = Function | string | EntitySchema;

export interface DataSourceSettings {
  databaseUrl: string;
  entities?: MixedList<EntityClass>;
  migrations?: readonly MigrationClass[];
  /** Shown in pg_stat_activity. */
  applicationName: string;
}

/** The one TypeORM configuration every process uses: PostgreSQL, explicit migrations, never `synchronize`. */
export function buildDataSourceOptions(
  settings: DataSourceSettings,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.databaseUrl,
    applicationName: settings.applicationName,
    entities: settings.entities ?? [],
    migrations: [...(settings.migrations ?? [])],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      idle_in_transaction_session_timeout: 60000,
    },
  };
}
