import PDFDocument from 'pdfkit';
import type { ReportEntry } from '@billing/reporting/contracts';
import { adjustmentLabel } from './columns';

/** The PDF table's Description column in points, and the font its cells are written in. */
export const DESCRIPTION_COLUMN = 180;
export const TABLE_FONT = { name: 'Helvetica', size: 8 } as const;

// Text inside the column keeps the gap the right-aligned figures keep from their column's edge.
const TEXT_WIDTH = DESCRIPTION_COLUMN - 4;

// pdfkit's own metrics of the table font (a document that is never written): the lines planned before the first page
// and the lines written are cut by the same measure, so the page count cannot drift from the file.
const measure = new PDFDocument({ autoFirstPage: false }).font(TABLE_FONT.name).fontSize(TABLE_FONT.size);
const widthOf = (text: string): number => measure.widthOfString(text);

/** How many leading characters of `chars` fit on one line (at least one, so a line always moves on). */
function fitting(chars: readonly string[]): number {
  let count = 1;
  while (count < chars.length && widthOf(chars.slice(0, count + 1).join('')) <= TEXT_WIDTH) count += 1;
  return count;
}

/**
 * A description cell's text as lines that each fit the column: broken at spaces, and inside a word only when the word
 * alone is wider than the column. Runs of white space (line breaks in a reason included) read as one space.
 */
export function descriptionLines(text: string): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (widthOf(longer) <= TEXT_WIDTH) {
      line = longer;
      continue;
    }
    if (line !== '') lines.push(line);
    let chars = Array.from(word);
    while (widthOf(chars.join('')) > TEXT_WIDTH) {
      const cut = fitting(chars);
      lines.push(chars.slice(0, cut).join(''));
      chars = chars.slice(cut);
    }
    line = chars.join('');
  }
  lines.push(line);
  return lines;
}

/**
 * Lines an entry adds to the PDF beyond its first: an adjusting entry's description cell ("Adjustment of <id>:
 * <reason>") is written whole, wrapped onto as many lines as it needs; any other description stays on one line.
 */
export function continuationLines(entry: Pick<ReportEntry, 'adjustsEntryId' | 'adjustmentReason'>): number {
  const label = adjustmentLabel(entry);
  return label === null ? 0 : descriptionLines(label).length - 1;
}
