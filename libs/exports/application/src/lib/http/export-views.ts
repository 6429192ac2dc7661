import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { ExportDefinition, ExportFormat, ExportProgress, ExportStatus, ExportView } from '@billing/exports/contracts';
import { NotFoundError } from '@billing/shared/kernel';
import { QUEUE_NAMES } from '@billing/shared/nest';
import type { DataSource } from 'typeorm';
import { ExportStreams } from '../job/export-streams';

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
    private readonly streams: ExportStreams,
  ) {}

  /**
   * The export's row when `requester` asked for it; 404 otherwise (others' exports are not disclosed). While the read
   * model has not caught up with a new export yet, its stream answers (read your writes after the 202).
   */
  async row(exportId: string, requester: string): Promise<ExportRowView> {
    const rows: ExportRowView[] = await this.dataSource.query('select * from exp_exports where export_id = $1 and requested_by = $2', [
      exportId,
      requester,
    ]);
    const row = rows[0] ?? (await this.rowFromStream(exportId));
    if (row === undefined || row.requested_by !== requester) throw new NotFoundError('Export', exportId);
    return row;
  }

  private async rowFromStream(exportId: string): Promise<ExportRowView | undefined> {
    const [state, requested] = await Promise.all([this.streams.load(exportId), this.streams.requestOf(exportId)]);
    if (requested === undefined || state.status === 'none') return undefined;
    return {
      export_id: exportId,
      requested_by: requested.requestedBy,
      format: requested.format,
      // The stored request passed the API's validation, so its entity type is one the audit contracts name.
      definition: requested.definition as ExportDefinition,
      // The file's name, size and rows reach callers through the read model: until it has them, a completed export
      // still shows as running (so clients keep polling instead of reading a completed export without its file).
      status: state.status === 'completed' ? 'running' : state.status,
      requested_at: new Date(),
      started_at: null,
      finished_at: null,
      storage_key: null,
      file_name: null,
      byte_size: null,
      row_count: null,
      failure_reason: null,
    };
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
    let status = row.status;
    if (row.status === 'completed') progress = { percent: 100, rowsWritten: rowCount ?? 0, rowsTotal: rowCount };
    if (row.status === 'running' || row.status === 'queued') {
      const job = await this.queue.getJob(row.export_id);
      if (job && isProgress(job.progress)) progress = job.progress;
      // The queue knows first that a worker took the job (the read model follows the started event), and the stream
      // first that it was cancelled or failed.
      if (status === 'queued' && job && (await job.isActive())) status = 'running';
      const recorded = (await this.streams.load(row.export_id)).status;
      if (recorded === 'cancelled' || recorded === 'failed') status = recorded;
    }
    return {
      exportId: row.export_id,
      format: row.format,
      definition: row.definition,
      status,
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
