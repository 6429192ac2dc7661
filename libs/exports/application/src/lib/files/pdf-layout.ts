import type { ReportGroup } from '@billing/reporting/contracts';

/** A4 landscape in points, and the fixed geometry of the report: every table line is exactly one line high. */
export const PDF_GEOMETRY = { width: 841.89, height: 595.28, margin: 36, line: 13, title: 24, gap: 6 } as const;

const { height, margin, line, title, gap } = PDF_GEOMETRY;

/** Table lines (the column header included) that fit between `top` and the footer. */
function linesFrom(top: number): number {
  return Math.floor((height - margin - line - top) / line);
}

/**
 * Where each line of the report goes, decided before the first page is written: one line per entry (cells are clipped),
 * the continuation lines of the adjusting entries' wrapped descriptions (counted beforehand, see pdf-description.ts),
 * one line per subtotal, one for the total, and the column header on top of every page. So the page count ("Page n of
 * m") is known without buffering pages. A wrapped description may continue on the next page, below its header.
 */
export class PdfLayout {
  /** Body lines (entries, subtotals, total) on the first page, below the title block and the column header. */
  private readonly firstPageLines: number;
  private readonly pageLines = linesFrom(margin) - 1;
  readonly pages: number;
  readonly titleTop = margin;

  constructor(
    readonly headerLines: number,
    readonly bodyLines: number,
  ) {
    this.firstPageLines = linesFrom(this.tableTop(1)) - 1;
    this.pages = bodyLines <= this.firstPageLines ? 1 : 1 + Math.ceil((bodyLines - this.firstPageLines) / this.pageLines);
  }

  /** The report's body lines: entries and their continuation lines, a subtotal per group at every level, the total. */
  static of(headerLines: number, entryCount: number, groups: readonly ReportGroup[], continuationLines = 0): PdfLayout {
    return new PdfLayout(headerLines, entryCount + continuationLines + groupCount(groups) + 1);
  }

  /** y of the column header on a page (1-based). */
  tableTop(page: number): number {
    return page === 1 ? margin + title + this.headerLines * line + gap : margin;
  }

  /** Page (1-based) and y of body line `index` (0-based). */
  place(index: number): { page: number; y: number } {
    if (index < this.firstPageLines) return { page: 1, y: this.tableTop(1) + (index + 1) * line };
    const after = index - this.firstPageLines;
    const page = 2 + Math.floor(after / this.pageLines);
    return { page, y: this.tableTop(page) + ((after % this.pageLines) + 1) * line };
  }
}

function groupCount(groups: readonly ReportGroup[]): number {
  return groups.reduce((sum, group) => sum + 1 + groupCount(group.children), 0);
}
