import type { TimeReport } from '@billing/reporting/contracts';
import type { Writable } from 'node:stream';
import type { ExportFileWriter, ExportRow } from './export-row';
import { endStream, writeChunk } from './write-stream';

/**
 * The report API's shape (`TimeReport`) with every entry in `entries.items` (one page holding all of them), written
 * item by item so the file never sits in memory.
 */
export class JsonExportWriter implements ExportFileWriter {
  readonly extension = 'json';
  readonly contentType = 'application/json';
  private count = 0;

  constructor(private readonly output: Writable) {}

  async begin(report: TimeReport): Promise<void> {
    const { period, filters, groupBy, timeZone, totals, groups } = report;
    const opening = JSON.stringify({ period, filters, groupBy, timeZone, totals, groups });
    await writeChunk(this.output, `${opening.slice(0, -1)},"entries":{"items":[\n`);
  }

  row({ entry }: ExportRow): void | Promise<void> {
    const chunk = `${this.count === 0 ? '' : ',\n'}${JSON.stringify(entry)}`;
    this.count += 1;
    return writeChunk(this.output, chunk);
  }

  async subtotal(): Promise<void> {
    // Groups and their totals are in the report header already.
  }

  async end(): Promise<void> {
    await writeChunk(this.output, `\n],"page":1,"pageSize":${this.count},"total":${this.count}}}\n`);
    await endStream(this.output);
  }
}
