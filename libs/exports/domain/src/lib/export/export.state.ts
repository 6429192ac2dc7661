import { assertNever } from '@billing/shared/kernel';
import type { ExportEvent } from './export.events';

export type ExportLifecycle = 'none' | 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface ExportState {
  exportId: string | null;
  status: ExportLifecycle;
  requestedBy: string | null;
  attempts: number;
}

export const initialExportState: ExportState = { exportId: null, status: 'none', requestedBy: null, attempts: 0 };

export function evolveExport(state: ExportState, event: ExportEvent): ExportState {
  switch (event.type) {
    case 'export-requested':
      return { ...state, exportId: event.data.exportId, status: 'queued', requestedBy: event.data.requestedBy };
    case 'export-started':
      return { ...state, status: 'running', attempts: Math.max(state.attempts, event.data.attempt) };
    case 'export-completed':
      return { ...state, status: 'completed' };
    case 'export-failed':
      return { ...state, status: 'failed' };
    case 'export-cancelled':
      return { ...state, status: 'cancelled' };
    default:
      return assertNever(event, 'export event');
  }
}

/** Completed, failed and cancelled exports never change again. */
export function isFinished(state: ExportState): boolean {
  return state.status === 'completed' || state.status === 'failed' || state.status === 'cancelled';
}
