import type { ReportTotals, TimeReport } from '@billing/reporting/contracts';
import type { ExportFileWriter, ExportRow } from './export-row';
import { GroupTracker } from './group-tracker';

/** Streams a report into a file writer: header, rows with subtotals as groups end, then the totals. */
export async function writeExportFile(
  writer: ExportFileWriter,
  report: TimeReport,
  rows: AsyncIterable<ExportRow>,
  afterRow: (rowsWritten: number) => Promise<void> | void,
  // Awaiting only real promises: an await per row would cost a microtask turn each, a million times.
): Promise<{ rowCount: number; totals: ReportTotals }> {
  const tracker = new GroupTracker(report.groupBy);
  await writer.begin(report);
  let rowCount = 0;
  for await (const row of rows) {
    for (const subtotal of tracker.next(row)) await writer.subtotal(subtotal);
    const written = writer.row(row);
    if (written) await written;
    rowCount += 1;
    const after = afterRow(rowCount);
    if (after) await after;
  }
  for (const subtotal of tracker.finish()) await writer.subtotal(subtotal);
  const totals = tracker.totals();
  await writer.end(totals);
  return { rowCount, totals };
}
