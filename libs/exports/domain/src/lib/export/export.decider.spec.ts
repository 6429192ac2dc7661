import { ConflictError, NotFoundError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import type { ExportCommand } from './export.commands';
import type { ExportEvent } from './export.events';
import { exportDecider } from './export.decider';

const EXPORT_ID = '7f1d3a52-3f5e-4b8e-9d4a-2b7c1e0f9a11';
const definition = { kind: 'time-report' as const, period: { from: '2026-03-01', to: '2026-03-31' }, groupBy: ['client' as const] };
const scope = { kind: 'own' as const, memberId: 'member-1' };

const requested: ExportEvent = {
  type: 'export-requested',
  data: { exportId: EXPORT_ID, format: 'csv', definition, scope, requestedBy: 'member-1' },
};
const started = (attempt: number): ExportEvent => ({ type: 'export-started', data: { exportId: EXPORT_ID, attempt } });
const completed: ExportEvent = {
  type: 'export-completed',
  data: { exportId: EXPORT_ID, storageKey: `${EXPORT_ID}.csv`, fileName: 'report.csv', byteSize: 120, rowCount: 3 },
};
const cancelled: ExportEvent = { type: 'export-cancelled', data: { exportId: EXPORT_ID } };
const failed: ExportEvent = { type: 'export-failed', data: { exportId: EXPORT_ID, reason: 'disk full' } };

const complete: ExportCommand = {
  type: 'complete-export',
  data: { storageKey: `${EXPORT_ID}.csv`, fileName: 'report.csv', byteSize: 120, rowCount: 3 },
};
const cancel: ExportCommand = { type: 'cancel-export', data: {} };

describe('export job lifecycle', () => {
  const job = spec(exportDecider, undefined);

  it('records a request with its format, definition and the requester scope', () => {
    job
      .given([])
      .when({ type: 'request-export', data: { exportId: EXPORT_ID, format: 'csv', definition, scope, requestedBy: 'member-1' } })
      .then([requested]);
  });

  it('refuses a second request under the same id', () => {
    job
      .given([requested])
      .when({ type: 'request-export', data: { exportId: EXPORT_ID, format: 'pdf', definition, scope, requestedBy: 'member-1' } })
      .thenThrows(ConflictError, (error) => error.code === 'EXPORT_EXISTS');
  });

  it('records an audit-log export as CSV or JSON, and refuses XLSX and PDF naming the format', () => {
    const auditLog = { kind: 'audit-log' as const, filters: { actor: 'member-1' } };
    const all = { kind: 'all' as const };
    const request = (format: 'csv' | 'json' | 'xlsx' | 'pdf'): ExportCommand => ({
      type: 'request-export',
      data: { exportId: EXPORT_ID, format, definition: auditLog, scope: all, requestedBy: 'auditor-1' },
    });
    job
      .given([])
      .when(request('json'))
      .then([{ type: 'export-requested', data: { exportId: EXPORT_ID, format: 'json', definition: auditLog, scope: all, requestedBy: 'auditor-1' } }]);
    for (const format of ['xlsx', 'pdf'] as const) {
      job
        .given([])
        .when(request(format))
        .thenThrows(ValidationError, (error) => error.fields.some((field) => field.path === 'format'));
    }
  });

  it('starts a queued export, and starts it again after a crashed attempt', () => {
    job.given([requested]).when({ type: 'start-export', data: { attempt: 1 } }).then([started(1)]);
    job.given([requested, started(1)]).when({ type: 'start-export', data: { attempt: 2 } }).then([started(2)]);
  });

  it('completes a running export with its file', () => {
    job.given([requested, started(1)]).when(complete).then([completed]);
  });

  it('does not complete an export that was cancelled meanwhile', () => {
    job.given([requested, started(1), cancelled]).when(complete).thenThrows(ConflictError, (error) => error.code === 'EXPORT_FINISHED');
  });

  it('does not start a cancelled export', () => {
    job.given([requested, cancelled]).when({ type: 'start-export', data: { attempt: 1 } }).thenThrows(ConflictError);
  });

  it('fails with the reason, trimmed', () => {
    job.given([requested, started(3)]).when({ type: 'fail-export', data: { reason: '  disk full ' } }).then([failed]);
  });

  it('cancels a queued or running export; a second cancel changes nothing', () => {
    job.given([requested]).when(cancel).then([cancelled]);
    job.given([requested, started(1)]).when(cancel).then([cancelled]);
    job.given([requested, cancelled]).when(cancel).thenNothingHappens();
  });

  it('cannot cancel a completed or failed export', () => {
    job.given([requested, started(1), completed]).when(cancel).thenThrows(ConflictError, (error) => error.code === 'EXPORT_FINISHED');
    job.given([requested, started(1), failed]).when(cancel).thenThrows(ConflictError, (error) => error.code === 'EXPORT_FINISHED');
  });

  it('knows no export that was never requested', () => {
    job.given([]).when(cancel).thenThrows(NotFoundError);
  });
});
