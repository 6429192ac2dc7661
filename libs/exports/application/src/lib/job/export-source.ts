import type { Writable } from 'node:stream';
import type { Pool } from 'pg';
import type { ExportDefinition, ExportFormat, ExportScope } from '@billing/exports/domain';
import { AuditLogSnapshot } from './audit-log-snapshot';
import { ReportSnapshot } from './report-snapshot';

/**
 * What an export reads from: one consistent snapshot that knows how many rows it holds and writes them into a file
 * in the requested format. The job runner (progress, cancel, publish) is the same for every kind.
 */
export interface ExportSource {
  readonly rowsTotal: number;
  /** `afterRow` may throw to stop the run (cancellation); it returns a promise only when it has to wait. */
  write(format: ExportFormat, output: Writable, afterRow: (rowsWritten: number) => Promise<void> | void): Promise<{ rowCount: number }>;
  close(): Promise<void>;
}

/** The snapshot for the export's kind; the requester's scope applies to reports (the audit log needs `audit.read`). */
export function openExportSource(pool: Pool, definition: ExportDefinition, scope: ExportScope): Promise<ExportSource> {
  return definition.kind === 'audit-log' ? AuditLogSnapshot.open(pool, definition) : ReportSnapshot.open(pool, definition, scope);
}
