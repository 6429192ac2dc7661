import { buildDataSourceOptions } from '@billing/shared/nest';
import { ACCESS_ENTITIES } from '@billing/access/application';
import { API_MIGRATIONS } from './migrations';

export const apiDataSourceOptions = (databaseUrl: string) =>
  buildDataSourceOptions({
    databaseUrl,
    applicationName: 'billing-api',
    entities: [...ACCESS_ENTITIES],
    migrations: API_MIGRATIONS,
  });
