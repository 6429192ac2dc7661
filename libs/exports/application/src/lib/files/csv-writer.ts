import { stringify, type Stringifier } from 'csv-stringify';
import type { ReportTotals } from '@billing/reporting/contracts';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { ENTRY_COLUMNS, entryCells } from './columns';
import type { ExportFileWriter, ExportRow, GroupSubtotal } from './export-row';

const HEADER = ['row_type', 'group', ...ENTRY_COLUMNS];

function totalsCells(kind: 'subtotal' | 'total', group: string, totals: ReportTotals): Array<string | number> {
  const cells: Array<string | number> = HEADER.map(() => '');
  const set = (column: string, value: string | number) => (cells[HEADER.indexOf(column)] = value);
  set('row_type', kind);
  set('group', group);
  set('tracked_seconds', totals.trackedSeconds);
  set('billable_seconds', totals.billableSeconds);
  set('amount_minor', totals.amount);
  set('cost_minor', totals.cost);
  set('currency', totals.currency ?? '');
  set('entry_id', `${totals.entryCount} entries`);
  return cells;
}

/**
 * RFC 4180 CSV in UTF-8: a header row, one row per entry (`row_type` entry), optional subtotal rows after each group,
 * and a final total row. Seconds and minor units are integers, as in the report API.
 */
export class CsvExportWriter implements ExportFileWriter {
  readonly extension = 'csv';
  readonly contentType = 'text/csv; charset=utf-8';
  private readonly csv: Stringifier;

  constructor(
    private readonly output: Writable,
    private readonly withSubtotals: boolean,
  ) {
    this.csv = stringify({ header: true, columns: HEADER, record_delimiter: 'windows', quoted_match: /^[=+\-@]/ });
    this.csv.pipe(output);
  }

  async begin(): Promise<void> {
    // The header row is written with the first record.
  }

  row({ entry, groups }: ExportRow): void | Promise<void> {
    return this.write(['entry', groups.map((group) => group.label).join(' / '), ...entryCells(entry)]);
  }

  async subtotal(subtotal: GroupSubtotal): Promise<void> {
    if (this.withSubtotals) await this.write(totalsCells('subtotal', subtotal.label, subtotal.totals));
  }

  async end(totals: ReportTotals): Promise<void> {
    await this.write(totalsCells('total', '', totals));
    this.csv.end();
    await finished(this.output);
  }

  private write(record: Array<string | number>): void | Promise<void> {
    if (!this.csv.write(record)) return once(this.csv, 'drain').then(() => undefined);
  }
}
