import PDFDocument from 'pdfkit';
import { continuationLines, DESCRIPTION_COLUMN, descriptionLines } from './pdf-description';

// An independent measure: a document of its own in the table's font.
const doc = new PDFDocument({ autoFirstPage: false }).font('Helvetica').fontSize(8);
const fits = (line: string) => doc.widthOfString(line) <= DESCRIPTION_COLUMN - 4;

describe('PDF description cells', () => {
  it('keeps a text that fits on one line as it is', () => {
    expect(descriptionLines('Adjustment of 0a1b2c3d: call not logged')).toEqual(['Adjustment of 0a1b2c3d: call not logged']);
    expect(descriptionLines('')).toEqual(['']);
  });

  it('breaks a long text at spaces into lines that each fit the column, losing no word', () => {
    const text = 'Quarter hour of travel to the client was not logged in the closed month and is added now by finance, as agreed.';
    const lines = descriptionLines(text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every(fits)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    // Each line is full: the next line's first word would not have fitted on it.
    lines.slice(1).forEach((line, index) => expect(fits(`${lines[index]} ${line.split(' ')[0]}`)).toBe(false));
  });

  it('cuts a word wider than the column where the width runs out, and reads line breaks as spaces', () => {
    const word = `https://tickets.example.com/${'W'.repeat(60)}`;
    const lines = descriptionLines(`see\n${word}  now`);
    expect(lines.every(fits)).toBe(true);
    expect(lines[0]).toBe('see');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.at(-1)).toMatch(/W now$/);
    expect(lines.slice(1).join('')).toBe(`${word} now`);
  });

  it('counts the lines an entry adds: none for an ordinary entry, those of its wrapped label for an adjusting one', () => {
    expect(continuationLines({ adjustsEntryId: null, adjustmentReason: null })).toBe(0);
    expect(continuationLines({ adjustsEntryId: '0a1b2c3d-4e5f', adjustmentReason: 'call not logged' })).toBe(0);
    const reason = 'word '.repeat(400).trim(); // 1,999 characters, about the longest reason there can be
    expect(continuationLines({ adjustsEntryId: '0a1b2c3d-4e5f', adjustmentReason: reason })).toBe(
      descriptionLines(`Adjustment of 0a1b2c3d: ${reason}`).length - 1,
    );
    expect(continuationLines({ adjustsEntryId: '0a1b2c3d-4e5f', adjustmentReason: reason })).toBeGreaterThan(38);
  });
});
