import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { ExportDefinition, ExportFormat, ExportProgress, ExportStatus, ExportView } from '@billing/exports/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { QUEUE_NAMES } from '@billing/shared/nest';
import type { DataSource } from 'typeorm';

export interface ExportRowView {
  export_id: string;
  requested_by: string;
  format: ExportFormat;
  definition: ExportDefinition;
  status: ExportStatus;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  storage_key: string | null;
  file_name: string | null;
  byte_size: string | null;
  row_count: string | null;
  failure_reason: string | null;
}

const RECENT = 50;

function isProgress(value: unknown): value is ExportProgress {
  return typeof value === 'object' && value !== null && 'rowsWritten' in value && 'percent' in value;
}

/** Exports as their requester sees them: the read model, plus the live progress of running jobs from the queue. */
@Injectable()
export class ExportViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUE_NAMES.exports) private readonly queue: Queue,
  ) {}

  /** The export's row when `requester` asked for it; 404 otherwise (others' exports are not disclosed). */
  async row(exportId: string, requester: string): Promise<ExportRowView> {
    const rows: ExportRowView[] = await this.dataSource.query('select * from exp_exports where export_id = $1 and requested_by = $2', [
      exportId,
      requester,
    ]);
    const row = rows[0];
    if (row === undefined) throw new NotFoundError('Export', exportId);
    return row;
  }

  /** Any export's row (for signed links, which carry their own proof of who may read it). */
  async rowById(exportId: string): Promise<ExportRowView | undefined> {
    const rows: ExportRowView[] = await this.dataSource.query('select * from exp_exports where export_id = $1', [exportId]);
    return rows[0];
  }

  async one(exportId: string, requester: string): Promise<ExportView> {
    return this.viewOf(await this.row(exportId, requester));
  }

  async recent(requester: string): Promise<ExportView[]> {
    const rows: ExportRowView[] = await this.dataSource.query(
      'select * from exp_exports where requested_by = $1 order by requested_at desc, export_id limit $2',
      [requester, RECENT],
    );
    return Promise.all(rows.map((row) => this.viewOf(row)));
  }

  private async viewOf(row: ExportRowView): Promise<ExportView> {
    const rowCount = row.row_count === null ? null : Number(row.row_count);
    let progress: ExportProgress | null = null;
    if (row.status === 'completed') progress = { percent: 100, rowsWritten: rowCount ?? 0, rowsTotal: rowCount };
    if (row.status === 'running' || row.status === 'queued') {
      const job = await this.queue.getJob(row.export_id);
      if (job && isProgress(job.progress)) progress = job.progress;
    }
    return {
      exportId: row.export_id,
      format: row.format,
      definition: row.definition,
      status: row.status,
      requestedBy: row.requested_by,
      requestedAt: row.requested_at.toISOString(),
      startedAt: row.started_at?.toISOString() ?? null,
      finishedAt: row.finished_at?.toISOString() ?? null,
      progress,
      fileName: row.file_name,
      byteSize: row.byte_size === null ? null : Number(row.byte_size),
      rowCount,
      failureReason: row.failure_reason,
    };
  }
}
