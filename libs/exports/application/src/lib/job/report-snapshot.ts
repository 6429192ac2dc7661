import Cursor from 'pg-cursor';
import type { Pool, PoolClient } from 'pg';
import {
  adjustingEntriesSql,
  exportRowsSql,
  LIVE_REPORT_TABLES,
  type ReportSelection,
  totalsTreeIn,
  type TransactionQuery,
} from '@billing/reporting/application';
import type { ReportGroupBy, TimeReport } from '@billing/reporting/contracts';
import type { ExportFormat, ExportScope, TimeReportExportDefinition as ExportDefinition } from '@billing/exports/domain';
import type { Writable } from 'node:stream';
import { isValidTimeZone, UTC } from '@billing/shared/kernel';
import type { ExportRow } from '../files/export-row';
import { continuationLines } from '../files/pdf-description';
import { writeExportFile } from '../files/write-export-file';
import { writerFor } from '../files/writer-for';
import type { ExportSource } from './export-source';
import { type ExportSqlRow, exportRowOf } from './entry-row';

const NULL_LABELS: Record<ReportGroupBy, string> = {
  client: '(no client)',
  project: '(no project)',
  task: '(no task)',
  member: '(no member)',
  team: '(no team)',
  day: '(no day)',
  week: '(no week)',
  month: '(no month)',
};

/** Rows fetched per round trip: big enough to be fast, small enough to keep memory flat. */
const BATCH = 2000;

/**
 * One consistent read of a report for an export: a REPEATABLE READ READ ONLY transaction on its own connection, so
 * the totals (the report API's query) and the rows streamed through a cursor describe the same moment.
 */
export class ReportSnapshot implements ExportSource {
  private constructor(
    private readonly client: PoolClient,
    private readonly definition: ExportDefinition,
    private readonly scope: ExportScope,
    readonly report: TimeReport,
  ) {}

  static async open(pool: Pool, definition: ExportDefinition, scope: ExportScope): Promise<ReportSnapshot> {
    const client = await pool.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const groupBy = [...(definition.groupBy ?? [])];
      const selection = { period: definition.period, filters: definition.filters ?? {}, scope };
      const query: TransactionQuery = async (sql, values) => (await client.query(sql, values)).rows;
      // The report API's own totals code; the analytic settings it applies stay for the rows cursor below.
      const tree = await totalsTreeIn(query, selection, groupBy);
      const zone = (await client.query<{ time_zone: string }>(`select time_zone from ${LIVE_REPORT_TABLES.settings} where id = 1`)).rows[0]?.time_zone;
      const report: TimeReport = {
        period: definition.period,
        filters: definition.filters ?? {},
        groupBy,
        timeZone: isValidTimeZone(zone) ? zone : UTC,
        ...tree,
      };
      return new ReportSnapshot(client, definition, scope, report);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      client.release();
      throw error;
    }
  }

  get rowsTotal(): number {
    return this.report.totals.entryCount;
  }

  async write(format: ExportFormat, output: Writable, afterRow: (rowsWritten: number) => Promise<void> | void): Promise<{ rowCount: number }> {
    const pdfContinuationLines = format === 'pdf' ? await this.pdfContinuationLines() : 0;
    return writeExportFile(writerFor(format, this.definition, output, pdfContinuationLines), this.report, this.rows(), afterRow);
  }

  /** The lines the adjusting entries' wrapped reasons add to a PDF, read before its rows (same snapshot). */
  private async pdfContinuationLines(): Promise<number> {
    const { sql, values } = adjustingEntriesSql(this.selection());
    const cursor = this.client.query(new Cursor<{ adjusts_entry_id: string; adjustment_reason: string | null }>(sql, values));
    let lines = 0;
    try {
      for (let batch = await cursor.read(BATCH); batch.length > 0; batch = await cursor.read(BATCH)) {
        for (const row of batch) lines += continuationLines({ adjustsEntryId: row.adjusts_entry_id, adjustmentReason: row.adjustment_reason });
      }
    } finally {
      await cursor.close();
    }
    return lines;
  }

  private selection(): ReportSelection {
    return { period: this.definition.period, filters: this.definition.filters ?? {}, scope: this.scope };
  }

  /** Every row in file order, fetched batch by batch through a server-side cursor. */
  async *rows(): AsyncGenerator<ExportRow> {
    const groupBy = this.report.groupBy;
    const { sql, values } = exportRowsSql(this.selection(), groupBy);
    const nullLabels = groupBy.map((dimension) => NULL_LABELS[dimension]);
    const cursor = this.client.query(new Cursor<ExportSqlRow>(sql, values));
    try {
      for (;;) {
        const batch = await cursor.read(BATCH);
        if (batch.length === 0) return;
        for (const row of batch) yield exportRowOf(row, groupBy.length, nullLabels);
      }
    } finally {
      await cursor.close();
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.query('commit');
    } finally {
      this.client.release();
    }
  }
}
