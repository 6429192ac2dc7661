import Cursor from 'pg-cursor';
import type { Pool, PoolClient } from 'pg';
import type { Writable } from 'node:stream';
import {
  AUDIT_LOG_COLUMNS_SQL,
  auditLogConditions,
  auditLogItemOf,
  auditLogSelectionOf,
  type AuditLogExportFilters,
  type AuditLogRow,
  whereClause,
} from '@billing/audit/application';
import type { AuditLogExportDefinition, ExportFormat } from '@billing/exports/domain';
import { AuditLogCsvWriter, type AuditLogFileWriter, AuditLogJsonWriter } from '../files/audit-log-writers';
import type { ExportSource } from './export-source';

const BATCH = 2000;

function writerFor(format: ExportFormat, output: Writable): AuditLogFileWriter {
  if (format === 'csv') return new AuditLogCsvWriter(output);
  if (format === 'json') return new AuditLogJsonWriter(output);
  // The request refused it already (400 naming `format`); a stored request of another format is a bug.
  throw new Error(`audit-log exports are CSV or JSON, not ${format}`);
}

/**
 * The global audit log's rows matching the filters, in the API's order (`seq`, newest first by default), read in a
 * REPEATABLE READ READ ONLY transaction: the count and the rows streamed through a cursor describe the same moment.
 */
export class AuditLogSnapshot implements ExportSource {
  private constructor(
    private readonly client: PoolClient,
    private readonly definition: AuditLogExportDefinition,
    private readonly where: { sql: string; values: unknown[] },
    readonly rowsTotal: number,
  ) {}

  static async open(pool: Pool, definition: AuditLogExportDefinition): Promise<AuditLogSnapshot> {
    const values: unknown[] = [];
    const selection = auditLogSelectionOf((definition.filters ?? {}) as AuditLogExportFilters, 'definition.filters');
    const sql = whereClause(auditLogConditions(selection, values));
    const client = await pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const counted = await client.query<{ count: string }>(`select count(*)::text as count from audit_log ${sql}`, values);
      return new AuditLogSnapshot(client, definition, { sql, values }, Number(counted.rows[0]?.count ?? 0));
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      client.release();
      throw error;
    }
  }

  async write(format: ExportFormat, output: Writable, afterRow: (rowsWritten: number) => Promise<void> | void): Promise<{ rowCount: number }> {
    const writer = writerFor(format, output);
    const direction = this.definition.filters?.order === 'oldest-first' ? 'asc' : 'desc';
    const cursor = this.client.query(
      new Cursor<AuditLogRow>(`select ${AUDIT_LOG_COLUMNS_SQL} from audit_log ${this.where.sql} order by seq ${direction}`, this.where.values),
    );
    await writer.begin(this.definition);
    let rowCount = 0;
    try {
      for (;;) {
        const batch = await cursor.read(BATCH);
        if (batch.length === 0) break;
        for (const row of batch) {
          const written = writer.row(auditLogItemOf(row));
          if (written) await written;
          rowCount += 1;
          const after = afterRow(rowCount);
          if (after) await after;
        }
      }
    } finally {
      await cursor.close();
    }
    await writer.end(rowCount);
    return { rowCount };
  }

  async close(): Promise<void> {
    try {
      await this.client.query('commit');
    } finally {
      this.client.release();
    }
  }
}
