import { PickType } from '@nestjs/swagger';
import type { AuditLogQuery } from '@billing/audit/contracts';
import { ValidationError } from '@billing/shared/kernel';
import type { AuditLogSelection } from './audit-log-selection';
import { ListAuditEventsDto } from './list-audit-events';

/** The filters of `GET /audit/events` (same validation), without the paging ones, for an export of the audit log. */
export class AuditLogExportFiltersDto extends PickType(ListAuditEventsDto, [
  'actor',
  'eventType',
  'entityType',
  'entityId',
  'stream',
  'from',
  'to',
  'order',
] as const) {}

export type AuditLogExportFilters = Omit<AuditLogQuery, 'limit' | 'cursor'>;

/** Checks the time range (`to` after `from`, as the API does) and turns the filters into the reader's selection. */
export function auditLogSelectionOf(filters: AuditLogExportFilters, field: string): AuditLogSelection {
  const from = filters.from === undefined ? undefined : new Date(filters.from);
  const to = filters.to === undefined ? undefined : new Date(filters.to);
  if (from !== undefined && to !== undefined && from.getTime() >= to.getTime()) {
    throw ValidationError.single(`${field}.to`, 'must be after from');
  }
  return {
    ...(filters.actor === undefined ? {} : { actor: filters.actor }),
    ...(filters.eventType === undefined ? {} : { eventTypes: filters.eventType }),
    ...(filters.entityType === undefined ? {} : { entityType: filters.entityType }),
    ...(filters.entityId === undefined ? {} : { entityId: filters.entityId }),
    ...(filters.stream === undefined ? {} : { stream: filters.stream }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}
