import { stringify, type Stringifier } from 'csv-stringify';
import type { AuditLogItem } from '@billing/audit/contracts';
import type { AuditLogExportDefinition } from '@billing/exports/domain';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { endStream, writeChunk } from './write-stream';

/** Writes audit log rows into a file: the definition first, then each row, then the end. */
export interface AuditLogFileWriter {
  begin(definition: AuditLogExportDefinition): Promise<void>;
  /** A promise only when the output asked to wait (backpressure). */
  row(item: AuditLogItem): void | Promise<void>;
  end(rowCount: number): Promise<void>;
}

export const AUDIT_LOG_COLUMNS = [
  'event_id',
  'recorded_at',
  'occurred_at',
  'actor',
  'event_type',
  'entity_type',
  'entity_id',
  'stream',
  'revision',
  'schema_version',
  'reason',
  'correlation_id',
  'causation_id',
  'position',
  'hash',
] as const;

function cells(item: AuditLogItem): Array<string | number> {
  return [
    item.eventId,
    item.recordedAt,
    item.occurredAt,
    item.actor,
    item.eventType,
    item.entityType,
    item.entityId,
    item.stream,
    item.revision,
    item.schemaVersion,
    item.reason ?? '',
    item.correlationId ?? '',
    item.causationId ?? '',
    item.position,
    item.hash,
  ];
}

/** RFC 4180 CSV in UTF-8: a header row, then one row per event in the order of the log. */
export class AuditLogCsvWriter implements AuditLogFileWriter {
  private readonly csv: Stringifier;

  constructor(private readonly output: Writable) {
    // `quoted_match` keeps spreadsheet programs from reading a cell as a formula.
    this.csv = stringify({ header: true, columns: [...AUDIT_LOG_COLUMNS], record_delimiter: 'windows', quoted_match: /^[=+\-@]/ });
    this.csv.pipe(output);
  }

  async begin(): Promise<void> {
    // The header row is written with the first record (or at the end when there is none).
  }

  row(item: AuditLogItem): void | Promise<void> {
    if (!this.csv.write(cells(item))) return once(this.csv, 'drain').then(() => undefined);
  }

  async end(): Promise<void> {
    this.csv.end();
    await finished(this.output);
  }
}

/** `{ kind, filters, items: [...the API's items], total }`, written item by item so the file never sits in memory. */
export class AuditLogJsonWriter implements AuditLogFileWriter {
  private count = 0;

  constructor(private readonly output: Writable) {}

  async begin(definition: AuditLogExportDefinition): Promise<void> {
    await writeChunk(this.output, `{"kind":"audit-log","filters":${JSON.stringify(definition.filters ?? {})},"items":[\n`);
  }

  row(item: AuditLogItem): void | Promise<void> {
    const chunk = `${this.count === 0 ? '' : ',\n'}${JSON.stringify(item)}`;
    this.count += 1;
    return writeChunk(this.output, chunk);
  }

  async end(rowCount: number): Promise<void> {
    await writeChunk(this.output, `\n],"total":${rowCount}}\n`);
    await endStream(this.output);
  }
}
