import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ReportEntry, TimeReport } from '@billing/reporting/contracts';
import type { ExportRow } from './export-row';
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
  trackedSeconds,
  billableSeconds: trackedSeconds,
  rate: 10000,
  amount,
  cost: 0,
  currency: 'EUR',
});
const rows: ExportRow[] = [
  { entry: entry('e1', 'Acme', 3600, 10000), groups: [{ key: 'Acme', label: 'Acme' }] },
  { entry: entry('e2', 'Acme', 1800, 5000), groups: [{ key: 'Acme', label: 'Acme' }] },
  { entry: entry('e3', 'Globex', 900, 2500), groups: [{ key: 'Globex', label: 'Globex' }] },
];
// 3600 + 1800 + 900 = 6300 s; 10000 + 5000 + 2500 = 17500 minor units
const report: TimeReport = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  filters: {},
  groupBy: ['client'],
  timeZone: 'UTC',
  totals: { trackedSeconds: 6300, billableSeconds: 6300, billedSeconds: 0, amount: 17500, cost: 0, profit: 17500, entryCount: 3, currency: 'EUR' },
  groups: [],
};

async function* source(): AsyncGenerator<ExportRow> {
  yield* rows;
}

async function written(format: 'csv' | 'xlsx' | 'json' | 'pdf', subtotals = true): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = writerFor(format, { kind: 'time-report', period: report.period, groupBy: ['client'], subtotals }, output);
  const result = await writeExportFile(writer, report, source(), () => undefined);
  expect(result).toMatchObject({ rowCount: 3, totals: { trackedSeconds: 6300, amount: 17500 } });
  return Buffer.concat(chunks);
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

  it('CSV without subtotals: entries and the total only', async () => {
    const records = parse(await written('csv', false), { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record['row_type'])).toEqual(['entry', 'entry', 'entry', 'total']);
  });

  it('JSON: the report header and every entry, parseable as one document', async () => {
    const json = JSON.parse((await written('json')).toString('utf8')) as TimeReport & { entries: { items: ReportEntry[]; total: number } };
    expect(json.totals).toEqual(report.totals);
    expect(json.entries.items.map((item) => item.entryId)).toEqual(['e1', 'e2', 'e3']);
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

  it('PDF: a complete document', async () => {
    const pdf = await written('pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });
});
