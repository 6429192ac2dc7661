import type { ReportEntry, ReportGroupBy, ReportTotals, TimeReport } from '@billing/reporting/contracts';

/** One entry of the export with the key and display label of each grouping level (outermost first). */
export interface ExportRow {
  entry: ReportEntry;
  groups: Array<{ key: string | null; label: string }>;
}

/** A group that just ended, with its totals summed from the rows written. */
export interface GroupSubtotal {
  level: number;
  dimension: ReportGroupBy;
  label: string;
  totals: ReportTotals;
}

/** What a file writer gets: the report's header (period, filters, totals, groups), then rows, then the end. */
export interface ExportFileWriter {
  /** The file's extension and MIME type. */
  readonly extension: string;
  readonly contentType: string;
  begin(report: TimeReport): Promise<void>;
  /** A promise only when the output asked to wait (backpressure): most rows are written synchronously. */
  row(row: ExportRow): void | Promise<void>;
  /** After the last row of a group (innermost first when several end together). */
  subtotal(subtotal: GroupSubtotal): void | Promise<void>;
  /** Writes the grand total and closes the file. */
  end(totals: ReportTotals): Promise<void>;
}
