import type { ExportDefinition, ExportFormat } from './export-definition';
import type { ExportScope } from './export.events';

/** A command names its use case; the actor and the instant travel in the metadata of the events it produces. */
interface DomainCommand<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

export type RequestExport = DomainCommand<
  'request-export',
  { exportId: string; format: ExportFormat; definition: ExportDefinition; scope: ExportScope; requestedBy: string }
>;
export type StartExport = DomainCommand<'start-export', { attempt: number }>;
export type CompleteExport = DomainCommand<
  'complete-export',
  { storageKey: string; fileName: string; byteSize: number; rowCount: number }
>;
export type FailExport = DomainCommand<'fail-export', { reason: string }>;
export type CancelExport = DomainCommand<'cancel-export', Record<string, never>>;

export type ExportCommand = RequestExport | StartExport | CompleteExport | FailExport | CancelExport;
