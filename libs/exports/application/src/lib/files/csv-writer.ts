import type { ReportTotals } from '@billing/reporting/contracts';
import type { Writable } from 'node:stream';
import { ENTRY_COLUMNS, entryCells } from './columns';
import { BatchedText, csvRecord } from './csv-record';
import type { ExportFileWriter, ExportRow, GroupSubtotal } from './export-row';
import { endStream } from './write-stream';

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
  set('cost_currency', totals.costCurrency ?? '');
  set('entry_id', `${totals.entryCount} entries`);
  return cells;
}

/**
 * RFC 4180 CSV in UTF-8: a header row, one row per entry (`row_type` entry), optional subtotal rows after each group,
 * and a final total row. Seconds and minor units are integers, as in the report API. Records are gathered into
 * chunks of about 64 KiB before they are written (one write per chunk, not per row).
 */
export class CsvExportWriter implements ExportFileWriter {
  readonly extension = 'csv';
  readonly contentType = 'text/csv; charset=utf-8';
  private readonly text: BatchedText;

  constructor(
    private readonly output: Writable,
    private readonly withSubtotals: boolean,
  ) {
    this.text = new BatchedText(output);
  }

  async begin(): Promise<void> {
    await this.text.add(csvRecord(HEADER));
  }

  row({ entry, groups }: ExportRow): void | Promise<void> {
    return this.text.add(csvRecord(['entry', groups.map((group) => group.label).join(' / '), ...entryCells(entry)]));
  }

  async subtotal(subtotal: GroupSubtotal): Promise<void> {
    if (this.withSubtotals) await this.text.add(csvRecord(totalsCells('subtotal', subtotal.label, subtotal.totals)));
  }

  async end(totals: ReportTotals): Promise<void> {
    await this.text.add(csvRecord(totalsCells('total', '', totals)));
    await this.text.flush();
    await endStream(this.output);
  }
}
