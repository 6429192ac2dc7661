import { stream as excelStream, type Row, type Style, type Worksheet } from 'exceljs';
import type { ReportTotals } from '@billing/reporting/contracts';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DIMENSION_TITLES } from './columns';
import type { ExportFileWriter, ExportRow, GroupSubtotal } from './export-row';
import { DURATION_FORMAT, durationValue, moneyCell, moneyValue } from './money-format';

const COLUMNS = [
  { header: 'Day', key: 'day', width: 12 },
  { header: 'Client', key: 'client', width: 24 },
  { header: 'Project', key: 'project', width: 24 },
  { header: 'Task', key: 'task', width: 20 },
  { header: 'Member', key: 'member', width: 22 },
  { header: 'Description', key: 'description', width: 36 },
  { header: 'Billable', key: 'billable', width: 9 },
  { header: 'Billed', key: 'billed', width: 9 },
  { header: 'Tracked', key: 'tracked', width: 11 },
  { header: 'Billable time', key: 'billableTime', width: 13 },
  { header: 'Amount', key: 'amount', width: 16 },
  { header: 'Cost', key: 'cost', width: 16 },
  { header: 'Currency', key: 'currency', width: 9 },
  // Last, so the columns before keep their positions; empty on ordinary entries.
  { header: 'Adjusts entry', key: 'adjustsEntry', width: 38 },
  { header: 'Adjustment reason', key: 'adjustmentReason', width: 36 },
  // The currency of Cost (the cost rate's), which need not be Currency (the amount's).
  { header: 'Cost currency', key: 'costCurrency', width: 9 },
] as const;

/** A totals row's money cell: minor units in their currency, or null to leave the cell empty (mixed currencies). */
interface MoneyFigure {
  amount: number | null;
  currency: string | null;
}

/** The zip entry stream exceljs pipes the sheet into (Node's or `readable-stream`'s Writable). */
type ZipEntryInput = Writable & { _writableState?: { needDrain?: boolean } };

/** 1-based column numbers of the typed cells. */
const column = (key: (typeof COLUMNS)[number]['key']): number => COLUMNS.findIndex((c) => c.key === key) + 1;

/**
 * The style of every cell of an entry row, one object per distinct format: exceljs registers a style object once (a
 * WeakMap lookup afterwards) instead of building and deduplicating a fresh one for each cell of each row.
 */
class EntryStyles {
  private readonly text: Partial<Style> = {};
  private readonly duration: Partial<Style> = { numFmt: DURATION_FORMAT };
  /** By the amount's currency, then the cost's (nested maps: no key to build per row). */
  private readonly byCurrencies = new Map<string | null, Map<string | null, Array<Partial<Style>>>>();

  /** The styles of every column, in order, for an entry with its amount in `currency` and its cost in `costCurrency`. */
  of(currency: string | null, costCurrency: string | null): ReadonlyArray<Partial<Style>> {
    let byCost = this.byCurrencies.get(currency);
    if (byCost === undefined) {
      byCost = new Map();
      this.byCurrencies.set(currency, byCost);
    }
    let styles = byCost.get(costCurrency);
    if (styles === undefined) {
      const amount: Partial<Style> = { numFmt: moneyCell(0, currency).numFmt };
      const cost: Partial<Style> = { numFmt: moneyCell(0, costCurrency).numFmt };
      styles = COLUMNS.map(({ key }) =>
        key === 'tracked' || key === 'billableTime' ? this.duration : key === 'amount' ? amount : key === 'cost' ? cost : this.text,
      );
      byCost.set(costCurrency, styles);
    }
    return styles;
  }
}

/**
 * XLSX through exceljs's streaming WorkbookWriter (each row is committed to the zip stream, nothing is kept): frozen
 * header, durations as numbers in `[h]:mm:ss`, money as numbers in the currency's format, subtotal rows per group
 * when grouped, and a totals row.
 */
export class XlsxExportWriter implements ExportFileWriter {
  readonly extension = 'xlsx';
  readonly contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  private readonly workbook: InstanceType<typeof excelStream.xlsx.WorkbookWriter>;
  private readonly sheet: Worksheet;
  private readonly styles = new EntryStyles();

  constructor(private readonly output: Writable) {
    this.workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    this.sheet = this.workbook.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  }

  async begin(): Promise<void> {
    this.sheet.getRow(1).font = { bold: true };
    this.sheet.getRow(1).commit();
  }

  row({ entry }: ExportRow): void | Promise<void> {
    // Values by position (COLUMNS order), the same cells and types as the keyed totals rows.
    const row = this.sheet.addRow([
      entry.day,
      entry.clientName,
      entry.projectName,
      entry.taskName ?? '',
      entry.memberName,
      entry.description,
      entry.billable ? 'yes' : 'no',
      entry.billed ? 'yes' : 'no',
      durationValue(entry.trackedSeconds),
      durationValue(entry.billableSeconds),
      moneyValue(entry.amount, entry.currency),
      moneyValue(entry.cost, entry.costCurrency),
      entry.currency ?? '',
      entry.adjustsEntryId ?? '',
      entry.adjustmentReason ?? '',
      entry.costCurrency ?? '',
    ]);
    const styles = this.styles.of(entry.currency, entry.costCurrency);
    for (let index = 0; index < styles.length; index++) row.getCell(index + 1).style = styles[index] as Partial<Style>;
    row.commit();
    return this.compressorDrained();
  }

  /**
   * exceljs hands the sheet's XML to the zip stream without looking at `write`'s answer, so when deflate (or the disk)
   * is slower than the cursor, the zip entry's input queue grows without bound (826 MB at 1,000,000 rows). Waiting
   * for it to drain keeps the export's memory flat. The entry stream is the sheet stream's pipe (exceljs's StreamBuf
   * keeps its destinations in `pipes`), a `readable-stream` PassThrough that predates `writableNeedDrain`, hence
   * `_writableState`. If a future exceljs changes either, this stops waiting and the spec of this file fails.
   */
  private compressorDrained(): Promise<void> | undefined {
    const sheetStream = (this.sheet as unknown as { stream?: { pipes?: ZipEntryInput[] } }).stream;
    const entry = sheetStream?.pipes?.[0];
    if (entry && (entry.writableNeedDrain ?? entry._writableState?.needDrain)) return once(entry, 'drain').then(() => undefined);
    return undefined;
  }

  async subtotal({ dimension, label, totals }: GroupSubtotal): Promise<void> {
    this.totalsRow(`Subtotal ${DIMENSION_TITLES[dimension].toLowerCase()}: ${label}`, totals);
  }

  async end(totals: ReportTotals): Promise<void> {
    this.totalsRow('Total', totals);
    this.sheet.commit();
    await this.workbook.commit();
    await finished(this.output);
  }

  private totalsRow(title: string, totals: ReportTotals): void {
    const row = this.sheet.addRow({
      day: title,
      description: `${totals.entryCount} entries`,
      currency: totals.currency ?? '',
      costCurrency: totals.costCurrency ?? '',
    });
    // Money of mixed currencies is not summed into one figure: the cell stays empty then.
    const amount = totals.currency === null && totals.amount !== 0 ? null : totals.amount;
    const cost = totals.costCurrency === null && totals.cost !== 0 ? null : totals.cost;
    this.figures(row, totals.trackedSeconds, totals.billableSeconds, { amount, currency: totals.currency }, { amount: cost, currency: totals.costCurrency });
    row.font = { bold: true };
    row.commit();
  }

  private figures(row: Row, tracked: number, billable: number, amount: MoneyFigure, cost: MoneyFigure): void {
    for (const [key, seconds] of [['tracked', tracked], ['billableTime', billable]] as const) {
      const cell = row.getCell(column(key));
      cell.value = durationValue(seconds);
      cell.numFmt = DURATION_FORMAT;
    }
    for (const [key, { amount: minor, currency }] of [['amount', amount], ['cost', cost]] as const) {
      if (minor === null) continue;
      const money = moneyCell(minor, currency);
      const cell = row.getCell(column(key));
      cell.value = money.value;
      cell.numFmt = money.numFmt;
    }
  }
}
