import { parse } from 'csv-parse/sync';
import type { AuditLogItem, AuditLogPage } from '@billing/audit/contracts';
import type { AuditLogExportFilters } from '@billing/exports/contracts';
import { DEMO_PASSWORD, ExportsApi } from './exports-api-setup';

/** Every page of `GET /audit/events` for the filters, in the API's order. */
async function auditLog(api: ExportsApi, filters: AuditLogExportFilters): Promise<AuditLogItem[]> {
  const items: AuditLogItem[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...(filters as Record<string, string>), limit: '500', ...(cursor ? { cursor } : {}) });
    const page: AuditLogPage = await api.get(`/audit/events?${query.toString()}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

describe('audit-log exports over the api (built api + worker, real PostgreSQL and Redis)', () => {
  let finance: ExportsApi;
  let auditor: ExportsApi;
  let actor: string;
  let window: { from: string; to: string };

  beforeAll(async () => {
    finance = await ExportsApi.signIn({ email: 'finance@example.com', password: DEMO_PASSWORD });
    auditor = await ExportsApi.signIn({ email: 'auditor@example.com', password: DEMO_PASSWORD });
    actor = await finance.idOf('/members', 'Fiona Finance');
    const project = await finance.idOf('/projects', 'Acme Support');
    // Three entries written by finance inside a known window, so one filter set has a known, small answer.
    const from = new Date().toISOString();
    for (const [index, startedAt] of ['2025-05-05T09:00:00Z', '2025-05-06T09:00:00Z', '2025-05-07T09:00:00Z'].entries()) {
      await finance.logTime({ memberId: actor, projectId: project, startedAt, durationSeconds: 1800 + index * 60, description: `audit export ${index}` });
    }
    window = { from, to: new Date(Date.now() + 1).toISOString() };
    // The audit log is a projection: wait until the window's events are in it.
    const deadline = Date.now() + 20_000;
    while ((await auditLog(auditor, { actor, ...window })).length < 3) {
      if (Date.now() > deadline) throw new Error('the audit log did not show the three new entries within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  async function exported(format: 'csv' | 'json', filters: AuditLogExportFilters): Promise<string> {
    const exportId = await auditor.requestExport(format, { kind: 'audit-log', filters });
    const done = await auditor.finished(exportId);
    expect(done).toMatchObject({ status: 'completed', progress: { percent: 100 }, definition: { kind: 'audit-log', filters } });
    expect(done.fileName).toMatch(new RegExp(`^audit-log.*\\.${format}$`));
    const file = await auditor.download((await auditor.downloadLink(exportId)).url);
    expect(file.status).toBe(200);
    expect(file.body.length).toBe(done.byteSize);
    expect((await auditor.list()).map((item) => item.exportId)).toContain(exportId);
    return file.body.toString('utf8');
  }

  it('CSV filtered by actor: the same events in the same order as GET /audit/events, every column as the API has it', async () => {
    const expected = await auditLog(auditor, { actor });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const rows = parse(await exported('csv', { actor }), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row['event_id'])).toEqual(expected.map((item) => item.eventId));
    expect(rows.every((row) => row['actor'] === actor)).toBe(true);
    expect(rows[0]).toMatchObject({
      event_type: expected[0]?.eventType,
      entity_id: expected[0]?.entityId,
      recorded_at: expected[0]?.recordedAt,
      revision: String(expected[0]?.revision),
      hash: expected[0]?.hash,
    });
  });

  it('JSON filtered by actor: the API items, in order; with a time window and oldest first: exactly the three new events', async () => {
    const expected = await auditLog(auditor, { actor });
    const json = JSON.parse(await exported('json', { actor })) as { kind: string; items: AuditLogItem[]; total: number };
    expect(json.kind).toBe('audit-log');
    expect(json.items).toEqual(expected);
    expect(json.total).toBe(expected.length);

    const windowFilters: AuditLogExportFilters = { actor, ...window, order: 'oldest-first' };
    const inWindow = await auditLog(auditor, windowFilters);
    expect(inWindow).toHaveLength(3);
    const windowed = JSON.parse(await exported('json', windowFilters)) as { items: AuditLogItem[] };
    expect(windowed.items.map((item) => item.eventId)).toEqual(inWindow.map((item) => item.eventId));
  });

  it('needs audit.read: a member may not export the audit log (403)', async () => {
    const member = await ExportsApi.signIn({ email: 'member@example.com', password: DEMO_PASSWORD });
    const response = await member.request('POST', '/exports', { format: 'csv', definition: { kind: 'audit-log', filters: { actor } } });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/audit\.read/);
  });

  it('refuses bad filters and formats naming the field (400)', async () => {
    const ask = async (format: string, filters: Record<string, unknown>) => {
      const response = await auditor.request('POST', '/exports', { format, definition: { kind: 'audit-log', filters } });
      return { status: response.status, text: await response.text() };
    };
    expect(await ask('xlsx', { actor })).toMatchObject({ status: 400, text: expect.stringMatching(/format/) });
    expect(await ask('csv', { entityType: 'spaceship' })).toMatchObject({ status: 400, text: expect.stringMatching(/entityType/) });
    expect(await ask('csv', { from: 'yesterday' })).toMatchObject({ status: 400, text: expect.stringMatching(/from/) });
    expect(await ask('csv', { from: window.to, to: window.from })).toMatchObject({ status: 400, text: expect.stringMatching(/filters\.to/) });
    expect(await ask('csv', { actor: 7 })).toMatchObject({ status: 400, text: expect.stringMatching(/actor/) });
  });
});
