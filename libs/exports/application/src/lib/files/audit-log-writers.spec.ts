import { parse } from 'csv-parse/sync';
import { PassThrough } from 'node:stream';
import type { AuditLogItem } from '@billing/audit/contracts';
import { AuditLogCsvWriter, type AuditLogFileWriter, AuditLogJsonWriter } from './audit-log-writers';

const item = (eventId: string, reason: string | null): AuditLogItem => ({
  position: '42',
  eventId,
  stream: 'time-entry-1',
  entityType: 'time-entry',
  entityId: '1',
  eventType: 'time-entry-edited',
  schemaVersion: 1,
  revision: 3,
  actor: 'member-1',
  occurredAt: '2026-03-02T09:00:00.000Z',
  recordedAt: '2026-03-02T09:00:01.000Z',
  reason,
  correlationId: null,
  causationId: null,
  hash: 'ab'.repeat(32),
});

const items = [item('e-2', '=SUM(A1) "quoted", with comma'), item('e-1', null)];
const definition = { kind: 'audit-log' as const, filters: { actor: 'member-1' } };

async function written(make: (output: PassThrough) => AuditLogFileWriter): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = make(output);
  await writer.begin(definition);
  for (const one of items) await writer.row(one);
  await writer.end(items.length);
  return Buffer.concat(chunks).toString('utf8');
}

describe('audit log files', () => {
  it('CSV: one row per event in the given order, text quoted so it parses back and is never read as a formula', async () => {
    const text = await written((output) => new AuditLogCsvWriter(output));
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['event_id'])).toEqual(['e-2', 'e-1']);
    expect(rows[0]).toMatchObject({ reason: '=SUM(A1) "quoted", with comma', revision: '3', actor: 'member-1', recorded_at: '2026-03-02T09:00:01.000Z' });
    expect(rows[1]?.['reason']).toBe('');
    expect(text).toContain('"=SUM(A1) ""quoted"", with comma"');
  });

  it("JSON: the filters, the API's items unchanged and the total", async () => {
    const json = JSON.parse(await written((output) => new AuditLogJsonWriter(output))) as unknown;
    expect(json).toEqual({ kind: 'audit-log', filters: { actor: 'member-1' }, items, total: 2 });
  });
});
