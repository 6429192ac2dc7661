import { Workbook } from 'exceljs';
import { Writable } from 'node:stream';
import type { ReportEntry } from '@billing/reporting/contracts';
import { XlsxExportWriter } from './xlsx-writer';

const entry = (index: number): ReportEntry => ({
  entryId: `e${index}`,
  day: '2026-03-02',
  week: '2026-W10',
  month: '2026-03',
  startedAt: '2026-03-02T09:00:00Z',
  endedAt: '2026-03-02T10:00:00Z',
  clientId: 'c',
  clientName: 'Acme',
  projectId: 'p',
  projectName: 'Project',
  taskId: null,
  taskName: null,
  memberId: 'm',
  memberName: 'Max',
  teamId: null,
  // Varied text, so the compressor has real work and its input queue can fill.
  description: `entry ${index} ${(index * 7919).toString(36).repeat(8)}`,
  tags: [],
  billable: true,
  billed: false,
  invoiceId: null,
  billingReference: null,
  adjustsEntryId: null,
  adjustmentReason: null,
  trackedSeconds: 60,
  billableSeconds: 60,
  rate: 100,
  amount: 100,
  cost: 0,
  currency: 'EUR',
  costCurrency: null,
});

/** A disk slower than the writer: each chunk is acknowledged on a later turn of the event loop. */
function slowSink(chunks: Buffer[]): Writable {
  return new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
}

describe('XLSX export writer under a slow sink', () => {
  it('waits for the compressor to drain instead of queueing the whole sheet, and still writes every row', async () => {
    const chunks: Buffer[] = [];
    const writer = new XlsxExportWriter(slowSink(chunks));
    await writer.begin();
    const rows = 20_000;
    let waits = 0;
    for (let index = 0; index < rows; index++) {
      const written = writer.row({ entry: entry(index), groups: [] });
      if (written) {
        waits += 1;
        await written;
      }
    }
    await writer.end({ trackedSeconds: rows * 60, billableSeconds: rows * 60, billedSeconds: 0, amount: rows * 100, cost: 0, profit: rows * 100, entryCount: rows, currency: 'EUR', costCurrency: null });

    expect(waits).toBeGreaterThan(0);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    expect(sheet?.rowCount).toBe(rows + 2);
    expect(sheet?.getRow(rows + 1).getCell(6).value).toBe(entry(rows - 1).description);
    expect(sheet?.getRow(rows + 2).getCell(1).value).toBe('Total');
    // Writing and reading back 20,000 rows takes 2-7 s on a busy 2-core machine (old and new column sets alike).
  }, 60_000);
});
