import { ACCESS_MIGRATIONS } from '@billing/access/application';
import {
  eventStoreMigrations,
  subscriptionMigrations,
} from '@billing/event-store';
import { CreateIdempotencyRecords1767225700000 } from '@billing/shared/event-sourcing';
import { ORGANISATION_MIGRATIONS } from '@billing/organisation/application';
import { TIME_TRACKING_MIGRATIONS } from '@billing/time-tracking/application';
import { CLOSING_MIGRATIONS } from '@billing/closing/application';
import { REPORTING_MIGRATIONS } from '@billing/reporting/application';
import { BILLING_MIGRATIONS } from '@billing/billing/application';
import { AUDIT_MIGRATIONS } from '@billing/audit/application';
import { PACE_MIGRATIONS } from '@billing/pace/application';
import { EXPORTS_MIGRATIONS } from '@billing/exports/application';

/**
 * Every migration the api runs at start, in order: the event store's schema and projection checkpoints first, then
 * the shared idempotency records, then each context's tables.
 */
export const API_MIGRATIONS = [
  ...eventStoreMigrations,
  ...subscriptionMigrations,
  CreateIdempotencyRecords1767225700000,
  ...ACCESS_MIGRATIONS,
  ...ORGANISATION_MIGRATIONS,
  ...TIME_TRACKING_MIGRATIONS,
  ...CLOSING_MIGRATIONS,
  ...REPORTING_MIGRATIONS,
  ...AUDIT_MIGRATIONS,
  ...BILLING_MIGRATIONS,
  ...PACE_MIGRATIONS,
  ...EXPORTS_MIGRATIONS,
];
