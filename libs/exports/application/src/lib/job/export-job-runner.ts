import type { Pool } from 'pg';
import type { ExportProgress } from '@billing/exports/contracts';
import { ConflictError, type Clock } from '@billing/shared/kernel';
import { ExportStorage } from '../storage/export-storage';
import { fileNameOf, EXTENSIONS } from '../files/writer-for';
import { type ExportSource, openExportSource } from './export-source';
import { ExportStreams } from './export-streams';

export const EXPORT_WORKER_ACTOR = 'system:exports-worker';

/** How the job reports back to its queue: progress for the admin app's bar. */
export interface ExportJobControl {
  /** 1 for the first run; a run after a crash or a retry counts up. */
  attempt: number;
  reportProgress(progress: ExportProgress): Promise<void>;
}

export type ExportRunOutcome = 'completed' | 'cancelled' | 'already-finished' | 'unknown-export';

class ExportCancelled extends Error {}

const PROGRESS_EVERY_MS = 400;
const CANCEL_CHECK_EVERY_MS = 1000;
const CHECK_EVERY_ROWS = 500;

/**
 * Runs one export from zero: records the start, reads its source (a report within the requester's scope, or the audit
 * log) in one snapshot, writes
 * the file into a fresh partial file, publishes it atomically and records the completion. Cancellation (an event on
 * the export's stream) is checked about once a second; a cancelled run drops its partial file.
 */
export class ExportJobRunner {
  constructor(
    private readonly pool: Pool,
    private readonly storage: ExportStorage,
    private readonly streams: ExportStreams,
    private readonly clock: Clock,
  ) {}

  async run(exportId: string, control: ExportJobControl): Promise<ExportRunOutcome> {
    const state = await this.streams.load(exportId);
    if (state.status === 'none') return 'unknown-export';
    if (state.status !== 'queued' && state.status !== 'running') return 'already-finished';
    const requested = await this.requestOf(exportId);
    await this.streams.execute(exportId, { type: 'start-export', data: { attempt: control.attempt } }, EXPORT_WORKER_ACTOR, this.clock.now());

    const key = `${exportId}.${EXTENSIONS[requested.format]}`;
    const file = await this.storage.create(key);
    let snapshot: ExportSource | undefined;
    try {
      snapshot = await openExportSource(this.pool, requested.definition, requested.scope);
      const rowsTotal = snapshot.rowsTotal;
      await control.reportProgress({ percent: 0, rowsWritten: 0, rowsTotal });
      let lastProgress = Date.now();
      let lastCancelCheck = Date.now();
      const checkIn = async (rowsWritten: number): Promise<void> => {
        const now = Date.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          await control.reportProgress({ percent: percentOf(rowsWritten, rowsTotal), rowsWritten, rowsTotal });
        }
        if (now - lastCancelCheck >= CANCEL_CHECK_EVERY_MS) {
          lastCancelCheck = now;
          if ((await this.streams.load(exportId)).status === 'cancelled') throw new ExportCancelled();
        }
      };
      const { rowCount } = await snapshot.write(requested.format, file.stream, (rowsWritten) =>
        rowsWritten % CHECK_EVERY_ROWS === 0 ? checkIn(rowsWritten) : undefined,
      );
      await snapshot.close();
      snapshot = undefined;
      const { byteSize } = await file.publish();
      await control.reportProgress({ percent: 100, rowsWritten: rowCount, rowsTotal: rowCount });
      return await this.complete(exportId, key, requested, byteSize, rowCount);
    } catch (error) {
      await snapshot?.close().catch(() => undefined);
      await file.discard();
      if (error instanceof ExportCancelled) return 'cancelled';
      throw error;
    }
  }

  private async complete(
    exportId: string,
    key: string,
    requested: RequestedExport,
    byteSize: number,
    rowCount: number,
  ): Promise<ExportRunOutcome> {
    try {
      await this.streams.execute(
        exportId,
        { type: 'complete-export', data: { storageKey: key, fileName: fileNameOf(requested.format, requested.definition), byteSize, rowCount } },
        EXPORT_WORKER_ACTOR,
        this.clock.now(),
      );
      return 'completed';
    } catch (error) {
      // Cancelled between the last check and the end: the file must not outlive the cancellation.
      if (error instanceof ConflictError && error.code === 'EXPORT_FINISHED') {
        await this.storage.remove(key);
        return 'cancelled';
      }
      throw error;
    }
  }

  private async requestOf(exportId: string): Promise<RequestedExport> {
    const requested = await this.streams.requestOf(exportId);
    if (requested === undefined) throw new Error(`export ${exportId} has no request`);
    return requested;
  }
}

type RequestedExport = NonNullable<Awaited<ReturnType<ExportStreams['requestOf']>>>;

export function percentOf(rowsWritten: number, rowsTotal: number): number {
  if (rowsTotal <= 0) return 100;
  return Math.min(99, Math.floor((rowsWritten * 100) / rowsTotal));
}

/** Records a final failure after the last attempt (the queue gave up retrying). */
export async function recordFailure(streams: ExportStreams, exportId: string, reason: string, clock: Clock): Promise<void> {
  try {
    await streams.execute(exportId, { type: 'fail-export', data: { reason } }, EXPORT_WORKER_ACTOR, clock.now());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
