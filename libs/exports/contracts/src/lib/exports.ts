/**
 * Export jobs over HTTP: `POST /api/v1/exports` queues a report export (202 with the export id), the worker writes the
 * file on the BullMQ `exports` queue, `GET /api/v1/exports/:id` follows it, and a short-lived signed link downloads it.
 * Durations are integer seconds, money integer minor units, as in the report API.
 */
import type {
  ReportGroupBy,
  ReportPeriod,
  TimeReportFilters,
} from '@billing/reporting/contracts';
import type { AuditLogQuery } from '@billing/audit/contracts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.includes(value as ExportFormat);
}

/** What is exported. `kind` leaves room for other sources (e.g. the audit log) on the same queue. */
export interface TimeReportExportDefinition {
  kind: 'time-report';
  period: ReportPeriod;
  filters?: TimeReportFilters;
  /** Outermost level first, up to three levels, as in the report API. */
  groupBy?: ReportGroupBy[];
  /** CSV only: a subtotal row after each group (default false; XLSX and PDF always show subtotals when grouped). */
  subtotals?: boolean;
}

/** The global audit log's filters, as `GET /api/v1/audit/events` takes them (no paging: every matching row). */
export type AuditLogExportFilters = Omit<AuditLogQuery, 'limit' | 'cursor'>;

/** The global audit log; needs `audit.read`. CSV and JSON only. */
export interface AuditLogExportDefinition {
  kind: 'audit-log';
  filters?: AuditLogExportFilters;
}

export const AUDIT_LOG_EXPORT_FORMATS = ['csv', 'json'] as const satisfies readonly ExportFormat[];

export type ExportDefinition = TimeReportExportDefinition | AuditLogExportDefinition;

/** Body of `POST /api/v1/exports`. */
export interface ExportRequest {
  format: ExportFormat;
  definition: ExportDefinition;
}

export const EXPORT_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export interface ExportProgress {
  /** 0 to 100, whole percent of the rows to write. */
  percent: number;
  rowsWritten: number;
  /** Rows the export will hold, once the job has counted them. */
  rowsTotal: number | null;
}

/** One export as the requester sees it (`GET /api/v1/exports/:id`, and items of the list). */
export interface ExportView {
  exportId: string;
  format: ExportFormat;
  definition: ExportDefinition;
  status: ExportStatus;
  requestedBy: string;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Set while running, and on completion (100 %). */
  progress: ExportProgress | null;
  /** Completed: the file's name for the download, its size in bytes and its rows. */
  fileName: string | null;
  byteSize: number | null;
  rowCount: number | null;
  /** Failed: why. */
  failureReason: string | null;
}

/** Answer of `POST /api/v1/exports` (202). */
export interface ExportAccepted {
  exportId: string;
  status: ExportStatus;
}

/** `GET /api/v1/exports`: the caller's most recent exports, newest first. */
export interface ExportList {
  items: ExportView[];
}

/** `POST /api/v1/exports/:id/download-link`: a signed URL that works without a bearer token until `expiresAt`. */
export interface ExportDownloadLink {
  url: string;
  expiresAt: string;
}

/** The BullMQ job on the `exports` queue: everything else is on the export's stream. */
export interface ExportJobPayload {
  exportId: string;
}

export const EXPORT_JOB_NAME = 'export';
