import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { PassThrough } from 'node:stream';
import { pdfText } from '@billing/shared/testing';
import type { ReportEntry, TimeReport } from '@billing/reporting/contracts';
import type { ExportRow } from './export-row';
import { continuationLines } from './pdf-description';
import { writeExportFile } from './write-export-file';
import { writerFor } from './writer-for';

const entry = (id: string, client: string, trackedSeconds: number, amount: number): ReportEntry => ({
  entryId: id,
  day: '2026-03-02',
  week: '2026-W10',
  month: '2026-03',
  startedAt: '2026-03-02T09:00:00Z',
  endedAt: '2026-03-02T10:00:00Z',
  clientId: client,
  clientName: client,
  projectId: 'p',
  projectName: 'Project, "quoted"',
  taskId: null,
  taskName: null,
  memberId: 'm',
  memberName: 'Max',
  teamId: null,
  description: '=cmd() looks like a formula',
  tags: ['a', 'b'],
  billable: true,
  billed: false,
  invoiceId: null,
  billingReference: null,
  adjustsEntryId: null,
  adjustmentReason: null,
  trackedSeconds,
  billableSeconds: trackedSeconds,
  rate: 10000,
  amount,
  cost: 0,
  currency: 'EUR',
  costCurrency: null,
});
/** e3 is an adjusting entry: a quarter hour added to an entry of a closed month. */
const ADJUSTMENT = { adjustsEntryId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', adjustmentReason: 'call not logged' };
const rows: ExportRow[] = [
  { entry: entry('e1', 'Acme', 3600, 10000), groups: [{ key: 'Acme', label: 'Acme' }] },
  { entry: entry('e2', 'Acme', 1800, 5000), groups: [{ key: 'Acme', label: 'Acme' }] },
  { entry: { ...entry('e3', 'Globex', 900, 2500), ...ADJUSTMENT }, groups: [{ key: 'Globex', label: 'Globex' }] },
];
function totalsOf(amount: number, seconds: number): TimeReport['totals'] {
  return { trackedSeconds: seconds, billableSeconds: seconds, billedSeconds: 0, amount, cost: 0, profit: amount, entryCount: 0, currency: 'EUR', costCurrency: null };
}
// 3600 + 1800 + 900 = 6300 s; 10000 + 5000 + 2500 = 17500 minor units
const report: TimeReport = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  filters: {},
  groupBy: ['client'],
  timeZone: 'UTC',
  totals: { trackedSeconds: 6300, billableSeconds: 6300, billedSeconds: 0, amount: 17500, cost: 0, profit: 17500, entryCount: 3, currency: 'EUR', costCurrency: null },
  groups: [
    { dimension: 'client', key: 'Acme', label: 'Acme', totals: { ...totalsOf(15000, 5400), entryCount: 2 }, children: [] },
    { dimension: 'client', key: 'Globex', label: 'Globex', totals: { ...totalsOf(2500, 900), entryCount: 1 }, children: [] },
  ],
};

/** A USD client of an EUR organisation: the amount in USD, the cost at the member's EUR cost rate, so no profit. */
const usdEntry: ReportEntry = { ...entry('u1', 'Initech', 3600, 20000), currency: 'USD', cost: 4500, costCurrency: 'EUR' };
const usdTotals: TimeReport['totals'] = { ...totalsOf(20000, 3600), entryCount: 1, currency: 'USD', cost: 4500, costCurrency: 'EUR', profit: null };
const usdReport: TimeReport = {
  ...report,
  totals: usdTotals,
  groups: [{ dimension: 'client', key: 'Initech', label: 'Initech', totals: usdTotals, children: [] }],
};
const usdRows: ExportRow[] = [{ entry: usdEntry, groups: [{ key: 'Initech', label: 'Initech' }] }];

async function written(format: 'csv' | 'xlsx' | 'json' | 'pdf', subtotals = true): Promise<Buffer> {
  const { file, result } = await writtenFrom(format, report, rows, subtotals);
  expect(result).toMatchObject({ rowCount: 3, totals: { trackedSeconds: 6300, amount: 17500 } });
  return file;
}

async function writtenFrom(format: 'csv' | 'xlsx' | 'json' | 'pdf', of: TimeReport, items: ExportRow[], subtotals = true) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  // What the export snapshot counts before a PDF's rows: the lines the wrapped adjustment reasons add.
  const wrapped = items.reduce((lines, item) => lines + continuationLines(item.entry), 0);
  const writer = writerFor(format, { kind: 'time-report', period: of.period, groupBy: ['client'], subtotals }, output, wrapped);
  async function* each(): AsyncGenerator<ExportRow> {
    yield* items;
  }
  const result = await writeExportFile(writer, of, each(), () => undefined);
  return { file: Buffer.concat(chunks), result };
}

/** `count` one-hour entries of 10.00 EUR, spread over clients in order (so each client is one group). */
function manyRows(perClient: Record<string, number>): { of: TimeReport; items: ExportRow[] } {
  const items: ExportRow[] = [];
  const groups: TimeReport['groups'] = [];
  for (const [client, count] of Object.entries(perClient)) {
    for (let index = 0; index < count; index++) items.push({ entry: entry(`${client}-${index}`, client, 3600, 1000), groups: [{ key: client, label: client }] });
    groups.push({ dimension: 'client', key: client, label: client, totals: { ...totalsOf(count * 1000, count * 3600), entryCount: count }, children: [] });
  }
  const count = items.length;
  return { of: { ...report, groups, totals: { ...totalsOf(count * 1000, count * 3600), entryCount: count } }, items };
}

describe('export file writers (in memory)', () => {
  it('CSV: CRLF records, quoting, formula-looking text quoted, subtotals per group and the total', async () => {
    const text = (await written('csv')).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^row_type,group,entry_id,/);
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record['row_type'])).toEqual(['entry', 'entry', 'subtotal', 'entry', 'subtotal', 'total']);
    expect(records[0]?.['project']).toBe('Project, "quoted"');
    expect(text).toContain('"=cmd() looks like a formula"');
    expect(records.filter((record) => record['row_type'] === 'subtotal').map((record) => record['tracked_seconds'])).toEqual(['5400', '900']);
    expect(records[5]).toMatchObject({ tracked_seconds: '6300', amount_minor: '17500', currency: 'EUR' });
  });

  it('CSV: an adjusting entry names the entry it adjusts and why; other rows leave both empty', async () => {
    const text = (await written('csv')).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/,currency,adjusts_entry_id,adjustment_reason,/);
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => [record['entry_id'], record['adjusts_entry_id'], record['adjustment_reason']])).toEqual([
      ['e1', '', ''],
      ['e2', '', ''],
      ['2 entries', '', ''],
      ['e3', ADJUSTMENT.adjustsEntryId, ADJUSTMENT.adjustmentReason],
      ['1 entries', '', ''],
      ['3 entries', '', ''],
    ]);
  });

  it('CSV: cost_currency last, the cost\'s own currency on entries, subtotals and the total (empty when nothing was costed)', async () => {
    const { file, result } = await writtenFrom('csv', usdReport, usdRows);
    const text = file.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/,currency,adjusts_entry_id,adjustment_reason,cost_currency$/);
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => [record['row_type'], record['amount_minor'], record['currency'], record['cost_minor'], record['cost_currency']])).toEqual([
      ['entry', '20000', 'USD', '4500', 'EUR'],
      ['subtotal', '20000', 'USD', '4500', 'EUR'],
      ['total', '20000', 'USD', '4500', 'EUR'],
    ]);
    expect(result.totals).toMatchObject({ profit: null, currency: 'USD', costCurrency: 'EUR' });
    const uncosted = parse(await written('csv'), { columns: true }) as Array<Record<string, string>>;
    expect(uncosted.map((record) => record['cost_currency'])).toEqual(['', '', '', '', '', '']);
  });

  it('CSV without subtotals: entries and the total only', async () => {
    const records = parse(await written('csv', false), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record['row_type'])).toEqual(['entry', 'entry', 'entry', 'total']);
  });

  it('JSON: a profit across currencies stays null, with the cost\'s currency in the totals and the entries', async () => {
    const { file } = await writtenFrom('json', usdReport, usdRows);
    const json = JSON.parse(file.toString('utf8')) as TimeReport & { entries: { items: ReportEntry[] } };
    expect(json.totals).toMatchObject({ amount: 20000, cost: 4500, profit: null, currency: 'USD', costCurrency: 'EUR' });
    expect(json.groups[0]?.totals.profit).toBeNull();
    expect(json.entries.items[0]).toMatchObject({ currency: 'USD', cost: 4500, costCurrency: 'EUR' });
  });

  it('JSON: the report header and every entry, parseable as one document', async () => {
    const json = JSON.parse((await written('json')).toString('utf8')) as TimeReport & { entries: { items: ReportEntry[]; total: number } };
    expect(json.totals).toEqual(report.totals);
    expect(json.entries.items.map((item) => item.entryId)).toEqual(['e1', 'e2', 'e3']);
    expect(json.entries.items.map((item) => item.adjustsEntryId)).toEqual([null, null, ADJUSTMENT.adjustsEntryId]);
    expect(json.entries.items[2]?.adjustmentReason).toBe(ADJUSTMENT.adjustmentReason);
    expect(json.entries.total).toBe(3);
  });

  it('XLSX: frozen header, typed duration and money cells, subtotal rows and the total', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await written('xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(1 + 3 + 2 + 1);
    expect(sheet.getRow(2).getCell(11).value).toBe(100);
    expect(sheet.getRow(2).getCell(11).numFmt).toBe('#,##0.00 "EUR"');
    expect(sheet.getRow(2).getCell(9).numFmt).toBe('[h]:mm:ss');
    expect(sheet.getRow(4).getCell(1).value).toBe('Subtotal client: Acme');
    const total = sheet.getRow(7);
    expect(total.getCell(1).value).toBe('Total');
    expect(total.getCell(11).value).toBe(175);
  });

  it('XLSX: "Adjusts entry" and "Adjustment reason" columns, filled on the adjusting entry only', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await written('xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    if (!sheet) throw new Error('no sheet');
    const adjustmentCells = (row: number) => [sheet.getRow(row).getCell(14).value || null, sheet.getRow(row).getCell(15).value || null];
    expect(adjustmentCells(1)).toEqual(['Adjusts entry', 'Adjustment reason']);
    // Rows: header, e1, e2, subtotal Acme, e3 (the adjustment), subtotal Globex, total.
    expect(adjustmentCells(2)).toEqual([null, null]);
    expect(adjustmentCells(5)).toEqual([ADJUSTMENT.adjustsEntryId, ADJUSTMENT.adjustmentReason]);
    expect(sheet.getRow(5).getCell(6).value).toBe('=cmd() looks like a formula');
  });

  it('XLSX: "Cost currency" last; the cost is formatted in its own currency, the amount in the client\'s', async () => {
    const workbook = new Workbook();
    const { file } = await writtenFrom('xlsx', usdReport, usdRows);
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(16).value).toBe('Cost currency');
    // Rows: header, u1, subtotal Initech, total.
    for (const row of [2, 3, 4]) {
      const cells = sheet.getRow(row);
      expect([cells.getCell(11).value, cells.getCell(11).numFmt, cells.getCell(13).value]).toEqual([200, '#,##0.00 "USD"', 'USD']);
      expect([cells.getCell(12).value, cells.getCell(12).numFmt, cells.getCell(16).value]).toEqual([45, '#,##0.00 "EUR"', 'EUR']);
    }
  });

  it('PDF: a complete document', async () => {
    const pdf = await written('pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(await pdfText(pdf)).toContain('Page 1 of 1');
  });

  it('PDF: the adjusting entry\'s description cell says what it adjusts and why, on its one line', async () => {
    const text = await pdfText(await written('pdf'));
    expect(text).toMatch(/Adjustment of 0a1b2c3d: call not logged\s+0:15\s+0:15\s+25\.00 EUR/);
    expect(text.match(/=cmd\(\) looks like a formula/g)).toHaveLength(2);
  });

  it('PDF: a long adjustment reason is written whole, wrapped in its description cell below the entry\'s figures', async () => {
    const reason =
      'Client call on the 14th was logged against the wrong project; moved to Acme Support as agreed with finance (ticket 4711).';
    expect(reason.length).toBeGreaterThanOrEqual(115);
    const long = { ...rows[2], entry: { ...(rows[2] as ExportRow).entry, adjustmentReason: reason } } as ExportRow;
    expect(continuationLines(long.entry)).toBeGreaterThanOrEqual(2);
    const { file } = await writtenFrom('pdf', report, [rows[0], rows[1], long] as ExportRow[]);
    const text = (await pdfText(file)).replace(/\s+/g, ' ');
    // The reason's first words share the entry's line with its figures (read out in between), the rest follow below.
    expect(text).toMatch(/Adjustment of 0a1b2c3d: Client call [^:]* 0:15 0:15 25\.00 EUR /);
    expect(text.replace(' 0:15 0:15 25.00 EUR', '')).toContain(`Adjustment of 0a1b2c3d: ${reason} Subtotal client Globex`);
    expect(text).toContain('Page 1 of 1');
  });

  it('PDF: wrapped reasons count in the page count, also where one runs over a page\'s end', async () => {
    // 60 adjusting entries with a reason of three lines: 60 x 3 + 1 subtotal + 1 total = 182 lines on 32 + 38 + 38 +
    // 38 + 36; the reasons of entries 10, 23 and 48 run over a page's end and go on below the next page's header.
    const reason = 'Quarter hour of travel to the client was not logged in the closed month and is added now by finance (e2e).';
    const { of, items } = manyRows({ Acme: 60 });
    const adjusting = items.map((item, index) => ({ ...item, entry: { ...item.entry, adjustsEntryId: `${index}`.padStart(8, '0'), adjustmentReason: reason } }));
    expect(adjusting.map((item) => continuationLines(item.entry))).toEqual(adjusting.map(() => 2));
    const { file } = await writtenFrom('pdf', of, adjusting);
    const text = await pdfText(file);
    const pages = text.split(/^-- \d+ of \d+ --$/m).slice(0, -1);
    expect(pages).toHaveLength(5);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of 5`));
    const read = text
      .replace(/\s+/g, ' ')
      .replace(/ 1:00 1:00 10\.00 EUR/g, '')
      .replace(/ -- \d of 5 -- Page \d of 5 Day Member Project Task Description Tracked Billable Amount/g, '');
    expect(read.split(`: ${reason}`)).toHaveLength(60 + 1);
    expect(text).toMatch(/Total\s+60 entries/);
  });

  it('PDF over several pages: "Page i of N" on each of the N pages pdf.js finds, subtotals and the total', async () => {
    // 100 entries + 3 subtotals + 1 total = 104 lines: 32 on the first page, 38 on the second, 34 on the third.
    const { of, items } = manyRows({ Acme: 40, Globex: 35, Initech: 25 });
    const { file } = await writtenFrom('pdf', of, items);
    const text = await pdfText(file);
    // pdf-parse ends every page with its own "-- i of N --" line: an independent page count.
    const pages = text.split(/^-- \d+ of \d+ --$/m).slice(0, -1);
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of 3`));
    expect(text).toMatch(/Subtotal client Acme\s+40 entries\s+40:00\s+40:00\s+400\.00 EUR/);
    expect(text).toMatch(/Subtotal client Initech\s+25 entries/);
    expect(text).toMatch(/Total\s+100 entries\s+100:00\s+100:00\s+1,000\.00 EUR/);
  });

  it('PDF: a report whose counts disagree with its rows fails instead of printing a wrong page count', async () => {
    const { of, items } = manyRows({ Acme: 40 });
    await expect(writtenFrom('pdf', of, [...items, ...items])).rejects.toThrow(/PDF layout mismatch/);
  });
});
