import type { ExportDefinition, ExportFormat } from './export-definition';

/** A stored event: a stable `type` name (never rename one) and plain JSON data. Actor and time travel in the envelope. */
export interface DomainEvent<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The rows the requester could see when asking, as plain data: the job applies exactly this, so an export never holds
 * more than its requester's report showed.
 */
export type ExportScope =
  | { kind: 'all' }
  | {
      kind: 'responsibilities';
      clientIds: readonly string[];
      projectIds: readonly string[];
      teamIds: readonly string[];
      ownMemberId?: string;
    }
  | { kind: 'own'; memberId: string };

/** Someone asked for a file: who (in the envelope), what, in which format and within which scope. */
export type ExportRequested = DomainEvent<
  'export-requested',
  { exportId: string; format: ExportFormat; definition: ExportDefinition; scope: ExportScope; requestedBy: string }
>;

/** A worker began writing the file; a later attempt (after a crash or a transient failure) starts again from zero. */
export type ExportStarted = DomainEvent<'export-started', { exportId: string; attempt: number }>;

export type ExportCompleted = DomainEvent<
  'export-completed',
  { exportId: string; storageKey: string; fileName: string; byteSize: number; rowCount: number }
>;

/** Given up: the last attempt failed, or the definition cannot be exported. */
export type ExportFailed = DomainEvent<'export-failed', { exportId: string; reason: string }>;

export type ExportCancelled = DomainEvent<'export-cancelled', { exportId: string }>;

export type ExportEvent = ExportRequested | ExportStarted | ExportCompleted | ExportFailed | ExportCancelled;
export type ExportEventType = ExportEvent['type'];

/** Every stored name of the export stream. Never rename one. */
export const EXPORT_EVENT_TYPES: readonly ExportEventType[] = [
  'export-requested',
  'export-started',
  'export-completed',
  'export-failed',
  'export-cancelled',
];

export const EXPORT_STREAM_PREFIX = 'export-';

export function exportStreamId(exportId: string): string {
  return `${EXPORT_STREAM_PREFIX}${exportId}`;
}
