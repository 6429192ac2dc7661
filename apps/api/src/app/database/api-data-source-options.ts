import { buildDataSourceOptions } from '@billing/shared/nest';
import { AUTH_ENTITIES } from '../auth/auth-entities';
import { API_MIGRATIONS } from './migrations';

export const apiDataSourceOptions = (databaseUrl: string) =>
  buildDataSourceOptions({
    databaseUrl,
    applicationName: 'billing-api',
    entities: AUTH_ENTITIES,
    migrations: API_MIGRATIONS,
  });
