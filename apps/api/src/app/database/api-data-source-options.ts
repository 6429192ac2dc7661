import { buildDataSourceOptions } from '@billing/shared/nest';
import { ACCESS_ENTITIES } from '@billing/access/application';
import { ORGANISATION_ENTITIES } from '@billing/organisation/application';
import { TIME_TRACKING_ENTITIES } from '@billing/time-tracking/application';
import { REPORTING_ENTITIES } from '@billing/reporting/application';
import { AUDIT_ENTITIES } from '@billing/audit/application';
import { API_MIGRATIONS } from './migrations';

/**
 * Every projection holds one pooled connection for its advisory lock while it runs, so the pool must leave room
 * for the requests beyond them (ten projections exhausted the shared default of 10).
 */
const API_POOL_SIZE = 30;

export const apiDataSourceOptions = (databaseUrl: string) => {
  const options = buildDataSourceOptions({
    databaseUrl,
    applicationName: 'billing-api',
    entities: [
      ...ACCESS_ENTITIES,
      ...ORGANISATION_ENTITIES,
      ...TIME_TRACKING_ENTITIES,
      ...REPORTING_ENTITIES,
      ...AUDIT_ENTITIES,
    ],
    migrations: API_MIGRATIONS,
  });
  return { ...options, extra: { ...options.extra, max: API_POOL_SIZE } };
};
