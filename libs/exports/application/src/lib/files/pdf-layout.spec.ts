import { PdfLayout } from './pdf-layout';

// A4 landscape, 13 pt lines: 39 table lines from the top margin down to the footer, the column header being one of
// them; the first page also holds the title (24 pt), the header lines and a 6 pt gap.
describe('PDF layout (page count known before writing)', () => {
  it('first page: 33 table lines below a 3-line header block (32 body lines), then 38 body lines per page', () => {
    expect(new PdfLayout(3, 32).pages).toBe(1);
    expect(new PdfLayout(3, 33).pages).toBe(2);
    expect(new PdfLayout(3, 32 + 38).pages).toBe(2);
    expect(new PdfLayout(3, 32 + 38 + 1).pages).toBe(3);
    expect(new PdfLayout(3, 1_000_000).pages).toBe(1 + Math.ceil((1_000_000 - 32) / 38));
  });

  it('counts entries and their continuation lines, a subtotal per group at every level and the total', () => {
    const totals = { trackedSeconds: 0, billableSeconds: 0, billedSeconds: 0, amount: 0, cost: 0, profit: 0, entryCount: 0, currency: null, costCurrency: null };
    const leaf = (key: string) => ({ dimension: 'project' as const, key, label: key, totals, children: [] });
    const groups = [
      { dimension: 'client' as const, key: 'a', label: 'a', totals, children: [leaf('p1'), leaf('p2')] },
      { dimension: 'client' as const, key: 'b', label: 'b', totals, children: [leaf('p3')] },
    ];
    expect(PdfLayout.of(3, 10, groups).bodyLines).toBe(10 + 5 + 1);
    // Wrapped adjustment reasons add their continuation lines.
    expect(PdfLayout.of(3, 10, groups, 4).bodyLines).toBe(10 + 4 + 5 + 1);
    expect(PdfLayout.of(2, 0, []).bodyLines).toBe(1);
  });

  it('places lines top-down, page after page, never below the last body line of a page', () => {
    const layout = new PdfLayout(3, 200);
    expect(layout.place(0)).toEqual({ page: 1, y: layout.tableTop(1) + 13 });
    expect(layout.place(31).page).toBe(1);
    expect(layout.place(32)).toEqual({ page: 2, y: 36 + 13 });
    expect(layout.place(32 + 37)).toEqual({ page: 2, y: 36 + 38 * 13 });
    expect(layout.place(32 + 38)).toEqual({ page: 3, y: 36 + 13 });
    // The last line ends above the footer's band (bottom margin plus one line).
    expect(36 + 38 * 13 + 13).toBeLessThanOrEqual(595.28 - 36 - 13);
  });
});
