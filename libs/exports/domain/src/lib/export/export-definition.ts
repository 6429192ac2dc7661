/**
 * The domain's own copy of what an export holds (structurally the same as the contracts' shapes, which the domain
 * may not import): a format and a report definition.
 */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface TimeReportExportDefinition {
  kind: 'time-report';
  period: { from: string; to: string };
  filters?: {
    clientIds?: string[];
    projectIds?: string[];
    taskIds?: string[];
    memberIds?: string[];
    teamIds?: string[];
    tags?: string[];
    billable?: boolean;
    billed?: boolean;
  };
  groupBy?: Array<'client' | 'project' | 'task' | 'member' | 'team' | 'day' | 'week' | 'month'>;
  subtotals?: boolean;
}

/** The global audit log with the filters of its API (instants as ISO-8601 text); rows in `order`, newest first by default. */
export interface AuditLogExportDefinition {
  kind: 'audit-log';
  filters?: {
    actor?: string;
    eventType?: string[];
    entityType?: string;
    entityId?: string;
    stream?: string;
    from?: string;
    to?: string;
    order?: 'newest-first' | 'oldest-first';
  };
}

/** The audit log is a flat list of events: no spreadsheet or print layout for it. */
export const AUDIT_LOG_EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export type ExportDefinition = TimeReportExportDefinition | AuditLogExportDefinition;
