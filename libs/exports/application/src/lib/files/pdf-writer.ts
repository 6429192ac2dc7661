import PDFDocument from 'pdfkit';
import type { ReportTotals, TimeReport } from '@billing/reporting/contracts';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { adjustmentLabel, DIMENSION_TITLES } from './columns';
import { DESCRIPTION_COLUMN, descriptionLines, TABLE_FONT } from './pdf-description';
import type { ExportFileWriter, ExportRow, GroupSubtotal } from './export-row';
import { PDF_GEOMETRY, PdfLayout } from './pdf-layout';
import { hoursText, moneyText } from './text-figures';

const { margin: MARGIN, line: LINE } = PDF_GEOMETRY;
const TABLE = [
  { title: 'Day', width: 62 },
  { title: 'Member', width: 110 },
  { title: 'Project', width: 130 },
  { title: 'Task', width: 100 },
  { title: 'Description', width: DESCRIPTION_COLUMN },
  { title: 'Tracked', width: 50, right: true },
  { title: 'Billable', width: 50, right: true },
  { title: 'Amount', width: 88, right: true },
] as const;

const clip = (text: string, width: number): string => {
  const max = Math.max(4, Math.floor(width / 4.6));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

function filterLines(report: TimeReport): string[] {
  const lines = [`Period: ${report.period.from} to ${report.period.to} (${report.timeZone})`];
  const filters = Object.entries(report.filters)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  lines.push(filters.length > 0 ? `Filters: ${filters.join('; ')}` : 'Filters: none');
  if (report.groupBy.length > 0) lines.push(`Grouped by: ${report.groupBy.map((g) => DIMENSION_TITLES[g].toLowerCase()).join(', ')}`);
  return lines;
}

const DESCRIPTION = TABLE.findIndex((column) => column.title === 'Description');

/**
 * A readable A4 landscape report with pdfkit: title, period and filters, the entries as a table with a subtotal line
 * after each group, the totals, and "Page n of m" on every page. Pages are streamed out as they fill; the page count
 * comes from the report's counts up front (see PdfLayout), and a file that would not match it fails instead.
 * `continuationLines`: the lines the adjusting entries' wrapped descriptions add, counted before the rows (the sum of
 * pdf-description.ts's `continuationLines` over them).
 */
export class PdfExportWriter implements ExportFileWriter {
  readonly extension = 'pdf';
  readonly contentType = 'application/pdf';
  private readonly doc: PDFKit.PDFDocument;
  private layout = new PdfLayout(0, 1);
  private page = 1;
  private linesWritten = 0;

  constructor(
    private readonly output: Writable,
    private readonly continuationLines = 0,
  ) {
    this.doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: 'Time report' } });
    this.doc.pipe(output);
  }

  async begin(report: TimeReport): Promise<void> {
    const header = filterLines(report);
    this.layout = PdfLayout.of(header.length, report.totals.entryCount, report.groups, this.continuationLines);
    this.footer();
    let y = this.layout.titleTop;
    this.doc.font('Helvetica-Bold').fontSize(16).text('Time report', MARGIN, y);
    y += PDF_GEOMETRY.title;
    this.doc.font('Helvetica').fontSize(9);
    for (const line of header) {
      this.doc.text(line, MARGIN, y, { lineBreak: false });
      y += LINE;
    }
    this.header();
  }

  row({ entry }: ExportRow): void {
    // An adjustment's reason is read whole (a finance reader needs it), on as many lines as it takes; other
    // descriptions stay clipped to one line (counting their lines up front would take a second pass over every row).
    const label = adjustmentLabel(entry);
    const wrapped = label === null ? null : descriptionLines(label);
    this.line(
      [
        entry.day,
        entry.memberName,
        entry.projectName,
        entry.taskName ?? '',
        wrapped?.[0] ?? clip(entry.description, DESCRIPTION_COLUMN),
        hoursText(entry.trackedSeconds),
        hoursText(entry.billableSeconds),
        moneyText(entry.amount, entry.currency),
      ],
      TABLE_FONT.name,
    );
    for (const text of wrapped?.slice(1) ?? []) this.line(TABLE.map((_, index) => (index === DESCRIPTION ? text : '')), TABLE_FONT.name);
  }

  async subtotal({ dimension, label, totals }: GroupSubtotal): Promise<void> {
    this.totalsLine(`Subtotal ${DIMENSION_TITLES[dimension].toLowerCase()} ${label}`, totals);
  }

  async end(totals: ReportTotals): Promise<void> {
    this.totalsLine('Total', totals);
    // Unreachable while the rows and the totals come from one snapshot; a wrong "of m" must not be published.
    if (this.linesWritten !== this.layout.bodyLines || this.page !== this.layout.pages) {
      throw new Error(`PDF layout mismatch: ${this.linesWritten} lines on ${this.page} pages, planned ${this.layout.bodyLines} on ${this.layout.pages}`);
    }
    this.doc.end();
    await finished(this.output);
  }

  private totalsLine(title: string, totals: ReportTotals): void {
    const amount = totals.currency === null && totals.amount !== 0 ? 'mixed currencies' : moneyText(totals.amount, totals.currency);
    this.line([title, '', '', '', `${totals.entryCount} entries`, hoursText(totals.trackedSeconds), hoursText(totals.billableSeconds), amount], 'Helvetica-Bold');
  }

  private header(): void {
    this.cells(
      TABLE.map((c) => c.title),
      'Helvetica-Bold',
      this.layout.tableTop(this.page),
    );
  }

  private line(cells: readonly string[], font: string): void {
    const { page, y } = this.layout.place(this.linesWritten);
    if (page > this.layout.pages) throw new Error(`PDF layout mismatch: line ${this.linesWritten + 1} of ${this.layout.bodyLines} planned`);
    if (page !== this.page) {
      this.doc.addPage();
      this.page = page;
      this.footer();
      this.header();
    }
    this.cells(cells, font, y);
    this.linesWritten += 1;
  }

  private cells(cells: readonly string[], font: string, y: number): void {
    this.doc.font(font).fontSize(TABLE_FONT.size);
    let x = MARGIN;
    TABLE.forEach((columnSpec, index) => {
      const cell = cells[index] ?? '';
      // The first cell of a totals line may run across the empty cells after it; descriptions come fitted (row()).
      const text = index === 0 || index === DESCRIPTION ? cell : clip(cell, columnSpec.width);
      const options = 'right' in columnSpec ? { width: columnSpec.width - 4, align: 'right' as const, lineBreak: false } : { lineBreak: false };
      if (text !== '') this.doc.text(text, x, y, options);
      x += columnSpec.width;
    });
  }

  private footer(): void {
    const { margins, height, width } = this.doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0; // a footer inside the bottom margin must not start another page
    const text = `Page ${this.page} of ${this.layout.pages}`;
    this.doc.font('Helvetica').fontSize(8).text(text, MARGIN, height - MARGIN / 1.5, { width: width - 2 * MARGIN, align: 'right', lineBreak: false });
    margins.bottom = bottom;
  }
}
