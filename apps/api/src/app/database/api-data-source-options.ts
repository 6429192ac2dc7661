import { buildDataSourceOptions } from '@billing/shared/nest';
import { ACCESS_ENTITIES } from '@billing/access/application';
import { ORGANISATION_ENTITIES } from '@billing/organisation/application';
import { TIME_TRACKING_ENTITIES } from '@billing/time-tracking/application';
import { REPORTING_ENTITIES } from '@billing/reporting/application';
import { AUDIT_ENTITIES } from '@billing/audit/application';
import { API_MIGRATIONS } from './migrations';

export const apiDataSourceOptions = (databaseUrl: string) =>
  buildDataSourceOptions({
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
