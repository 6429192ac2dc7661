import { ConflictError, type Decider, NotFoundError, ValidationError, assertNever } from '@billing/shared/kernel';
import { AUDIT_LOG_EXPORT_FORMATS, EXPORT_FORMATS } from './export-definition';
import type { ExportCommand } from './export.commands';
import type { ExportEvent } from './export.events';
import { type ExportState, evolveExport, initialExportState, isFinished } from './export.state';

const MAX_REASON_LENGTH = 2000;

function finished(state: ExportState, what: string): ConflictError {
  return new ConflictError(
    'EXPORT_FINISHED',
    { exportId: state.exportId, status: state.status },
    `Export ${state.exportId ?? ''} is ${state.status}; it cannot ${what}`,
  );
}

function requireExisting(state: ExportState, exportId: string | null): void {
  if (state.status === 'none') throw new NotFoundError('Export', exportId ?? 'unknown');
}

/**
 * The life of one export: requested (queued), started by a worker (again after a crash), then completed, failed or
 * cancelled, and nothing after that. A repeated cancel changes nothing.
 */
export function decideExport(command: ExportCommand, state: ExportState): ExportEvent[] {
  switch (command.type) {
    case 'request-export': {
      if (state.status !== 'none')
        throw new ConflictError('EXPORT_EXISTS', { exportId: command.data.exportId }, `Export ${command.data.exportId} exists already`);
      if (!EXPORT_FORMATS.includes(command.data.format))
        throw ValidationError.single('format', `must be one of ${EXPORT_FORMATS.join(', ')}`);
      if (command.data.definition.kind === 'audit-log' && !AUDIT_LOG_EXPORT_FORMATS.includes(command.data.format))
        throw ValidationError.single('format', `must be one of ${AUDIT_LOG_EXPORT_FORMATS.join(', ')} for an audit-log export`);
      return [{ type: 'export-requested', data: { ...command.data } }];
    }
    case 'start-export': {
      requireExisting(state, state.exportId);
      if (isFinished(state)) throw finished(state, 'start');
      return [{ type: 'export-started', data: { exportId: state.exportId as string, attempt: command.data.attempt } }];
    }
    case 'complete-export': {
      requireExisting(state, state.exportId);
      if (state.status !== 'running') throw finished(state, 'complete');
      const { byteSize, rowCount } = command.data;
      if (!Number.isSafeInteger(byteSize) || byteSize < 0) throw ValidationError.single('byteSize', 'must be a whole number of bytes');
      if (!Number.isSafeInteger(rowCount) || rowCount < 0) throw ValidationError.single('rowCount', 'must be a whole number of rows');
      return [{ type: 'export-completed', data: { exportId: state.exportId as string, ...command.data } }];
    }
    case 'fail-export': {
      requireExisting(state, state.exportId);
      if (isFinished(state)) throw finished(state, 'fail');
      const reason = command.data.reason.trim().slice(0, MAX_REASON_LENGTH) || 'unknown error';
      return [{ type: 'export-failed', data: { exportId: state.exportId as string, reason } }];
    }
    case 'cancel-export': {
      requireExisting(state, state.exportId);
      if (state.status === 'cancelled') return [];
      if (isFinished(state)) throw finished(state, 'be cancelled');
      return [{ type: 'export-cancelled', data: { exportId: state.exportId as string } }];
    }
    default:
      return assertNever(command, 'export command');
  }
}

/** One stream per export: `export-<id>`. */
export const exportDecider: Decider<ExportCommand, ExportState, ExportEvent, undefined> = {
  decide: (command, state) => decideExport(command, state),
  evolve: evolveExport,
  initialState: initialExportState,
};
