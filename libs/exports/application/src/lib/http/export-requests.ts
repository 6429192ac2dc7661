import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { auditLogSelectionOf } from '@billing/audit/application';
import {
  AUDIT_LOG_EXPORT_FORMATS,
  EXPORT_JOB_NAME,
  type AuditLogExportDefinition,
  type ExportAccepted,
  type ExportJobPayload,
  type ExportRequest,
  type TimeReportExportDefinition,
} from '@billing/exports/contracts';
import type { ExportDefinition, ExportScope } from '@billing/exports/domain';
import { checkPeriod, cleanFilters } from '@billing/reporting/application';
import { awaitReadModel, RequestContext, uuidFromSeed } from '@billing/shared/event-sourcing';
import { type Clock, ConflictError, NotFoundError, ValidationError } from '@billing/shared/kernel';
import { CLOCK, QUEUE_NAMES } from '@billing/shared/nest';
import { ExportStreams } from '../job/export-streams';

/** Attempts per export: transient failures (database restart, disk) are retried with exponential backoff. */
export const EXPORT_ATTEMPTS = 4;

/** Requesting and cancelling exports: events on the export's stream, and the job on the `exports` queue. */
@Injectable()
export class ExportRequests {
  constructor(
    private readonly streams: ExportStreams,
    private readonly policy: AccessPolicy,
    @InjectQueue(QUEUE_NAMES.exports) private readonly queue: Queue<ExportJobPayload>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Records the request with the caller's scope (the job applies exactly that), then queues the job. */
  async request(principal: Principal, request: ExportRequest): Promise<ExportAccepted> {
    const { definition, scope } =
      request.definition.kind === 'audit-log'
        ? this.auditLogExport(principal, request.format, request.definition)
        : this.timeReportExport(principal, request.definition);
    // A retried POST with the same Idempotency-Key names the same export, so it is requested (and queued) once.
    const key = RequestContext.idempotencyKey();
    const exportId = key === undefined ? randomUUID() : uuidFromSeed(`export|${principal.memberId}|${key}`);
    const { events } = await this.streams.execute(
      exportId,
      { type: 'request-export', data: { exportId, format: request.format, definition, scope, requestedBy: principal.memberId } },
      principal.memberId,
      this.clock.now(),
    ).catch((error: unknown) => {
      if (error instanceof ConflictError && error.code === 'EXPORT_EXISTS') return { events: [] };
      throw error;
    });
    if (events.length > 0 || (await this.queue.getJob(exportId)) === undefined) {
      await this.queue.add(
        EXPORT_JOB_NAME,
        { exportId },
        {
          jobId: exportId,
          attempts: EXPORT_ATTEMPTS,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: { age: 7 * 86_400 },
          removeOnFail: { age: 7 * 86_400 },
        },
      );
    }
    await this.visible(exportId);
    return { exportId, status: 'queued' };
  }

  private timeReportExport(principal: Principal, requested: TimeReportExportDefinition): { definition: ExportDefinition; scope: ExportScope } {
    const scope = this.policy.queryScope(principal, 'reports.export');
    const period = checkPeriod(requested.period, 'definition.period');
    const definition = {
      kind: 'time-report' as const,
      period,
      filters: cleanFilters(requested.filters),
      groupBy: [...(requested.groupBy ?? [])],
      ...(requested.subtotals === undefined ? {} : { subtotals: requested.subtotals }),
    };
    return { definition, scope };
  }

  /** The audit log is all or nothing: `audit.read` (403 without it), and every row matching the filters. */
  private auditLogExport(
    principal: Principal,
    format: ExportRequest['format'],
    requested: AuditLogExportDefinition,
  ): { definition: ExportDefinition; scope: ExportScope } {
    this.policy.assert(principal, 'audit.read');
    if (!(AUDIT_LOG_EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw ValidationError.single('format', `must be one of ${AUDIT_LOG_EXPORT_FORMATS.join(', ')} for an audit-log export`);
    }
    const filters = { ...(requested.filters ?? {}) };
    auditLogSelectionOf(filters, 'definition.filters');
    // Only the filters the API knows, without undefined members (the definition is stored as JSON on the stream).
    const kept = Object.fromEntries(
      (['actor', 'eventType', 'entityType', 'entityId', 'stream', 'from', 'to', 'order'] as const)
        .filter((name) => filters[name] !== undefined)
        .map((name) => [name, filters[name]]),
    );
    return { definition: { kind: 'audit-log', filters: kept }, scope: { kind: 'all' } };
  }

  /** Cancels a queued or running export of the caller; a waiting job is taken off the queue, a running one stops. */
  async cancel(principal: Principal, exportId: string): Promise<void> {
    const state = await this.streams.load(exportId);
    if (state.status === 'none' || state.requestedBy !== principal.memberId) throw new NotFoundError('Export', exportId);
    await this.streams.execute(exportId, { type: 'cancel-export', data: {} }, principal.memberId, this.clock.now());
    const job = await this.queue.getJob(exportId);
    if (job && (await job.isWaiting() || await job.isDelayed())) await job.remove().catch(() => undefined);
    await awaitReadModel(async () => this.hasStatus(exportId, 'cancelled'), 5000);
  }

  private async visible(exportId: string): Promise<void> {
    await awaitReadModel(async () => {
      const rows: unknown[] = await this.dataSource.query('select 1 from exp_exports where export_id = $1', [exportId]);
      return rows.length > 0;
    }, 5000);
  }

  private async hasStatus(exportId: string, status: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('select 1 from exp_exports where export_id = $1 and status = $2', [exportId, status]);
    return rows.length > 0;
  }
}
