import type { Writable } from 'node:stream';
import { writeChunk } from './write-stream';

/** A field is quoted when it holds a quote, comma or line break, or starts like a formula (`= + - @`). */
const NEEDS_QUOTES = /[",\r\n]|^[=+\-@]/;

/**
 * One RFC 4180 record with CRLF, byte for byte what csv-stringify writes with `record_delimiter: 'windows'` and
 * `quoted_match: /^[=+\-@]/` (numbers as their decimal text, so a negative number is quoted too), without its
 * per-record stream transform; except that a lone LF or CR is quoted as well (csv-stringify left it bare).
 */
export function csvRecord(fields: ReadonlyArray<string | number>): string {
  let record = '';
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index];
    const text = typeof field === 'string' ? field : String(field);
    if (index > 0) record += ',';
    record += NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  return `${record}\r\n`;
}

/** Records gathered into chunks of about 64 KiB: one stream write per chunk, waiting for `drain` when asked. */
export class BatchedText {
  private pending = '';

  constructor(
    private readonly output: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {}

  add(text: string): void | Promise<void> {
    this.pending += text;
    if (this.pending.length >= this.chunkSize) return this.flush();
  }

  flush(): void | Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    if (chunk !== '') return writeChunk(this.output, chunk);
  }
}
