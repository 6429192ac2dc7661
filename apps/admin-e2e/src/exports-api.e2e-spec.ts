import { parse } from 'csv-parse/sync';
import { Workbook, ValueType } from 'exceljs';
import { createHmac } from 'node:crypto';
import type { TimeReportExportDefinition } from '@billing/exports/contracts';
import type { ReportGroup, TimeReport } from '@billing/reporting/contracts';
import { DEMO_PASSWORD, durationSecondsOf, ExportsApi, pdfText } from './exports-api-setup';
import { e2eSettings } from './support/e2e-settings';

// A month no other spec of this run writes to, so the report and the exports see exactly these entries.
const PERIOD = { from: '2025-06-01', to: '2025-06-30' };
const GROUPED: TimeReportExportDefinition = { kind: 'time-report', period: PERIOD, groupBy: ['client', 'project'], subtotals: true };

/** Every group of the tree, all levels. */
const allGroups = (groups: readonly ReportGroup[]): ReportGroup[] => groups.flatMap((group) => [group, ...allGroups(group.children)]);
const hoursText = (seconds: number): string => `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}`;

describe('export jobs over the api (built api + worker, real PostgreSQL and Redis)', () => {
  let finance: ExportsApi;
  let responsible: ExportsApi;
  let report: Awaited<ReturnType<ExportsApi['report']>>;

  beforeAll(async () => {
    finance = await ExportsApi.signIn({ email: 'finance@example.com', password: DEMO_PASSWORD });
    responsible = await ExportsApi.signIn({ email: 'responsible@example.com', password: DEMO_PASSWORD });
    const [max, rita, fiona] = await Promise.all(['Max Member', 'Rita Responsible', 'Fiona Finance'].map((name) => finance.idOf('/members', name)));
    const [support, relaunch, retainer, tanaka] = await Promise.all(
      ['Acme Support', 'Acme Website Relaunch', 'Globex Retainer', 'Tanaka Integration'].map((name) => finance.idOf('/projects', name)),
    );
    const plan: Array<[string, string, number]> = [
      [max as string, support as string, 5400],
      [max as string, support as string, 3600],
      [max as string, support as string, 1800],
      [max as string, retainer as string, 7200],
      [max as string, retainer as string, 900],
      [fiona as string, retainer as string, 4500],
      [fiona as string, retainer as string, 3600],
      [fiona as string, tanaka as string, 2700],
      [rita as string, relaunch as string, 6300],
      [rita as string, relaunch as string, 1200],
    ];
    for (const [index, [memberId, projectId, durationSeconds]] of plan.entries()) {
      const day = String(2 + index).padStart(2, '0');
      await finance.logTime({ memberId, projectId, durationSeconds, startedAt: `2025-06-${day}T09:00:00Z`, description: `export row ${index}, "quoted", with comma` });
    }
    report = await finance.reportCounting(GROUPED, plan.length);
    expect(report.totals.entryCount).toBe(plan.length);
  });

  async function exportFile(api: ExportsApi, format: 'csv' | 'xlsx' | 'pdf' | 'json', definition = GROUPED): Promise<Buffer> {
    const exportId = await api.requestExport(format, definition);
    const done = await api.finished(exportId);
    expect(done).toMatchObject({ status: 'completed', rowCount: expect.any(Number), progress: { percent: 100 } });
    const link = await api.downloadLink(exportId);
    const file = await api.download(link.url);
    expect(file.status).toBe(200);
    expect(file.body.length).toBe(done.byteSize);
    return file.body;
  }

  it('CSV: RFC 4180 rows parse back; entries, subtotals and the total row match the report API', async () => {
    const csv = await exportFile(finance, 'csv');
    expect(csv.toString('utf8')).toContain('\r\n');
    const records = parse(csv, { columns: true }) as Array<Record<string, string>>;
    const entries = records.filter((record) => record['row_type'] === 'entry');
    expect(entries.map((entry) => entry['entry_id']).sort()).toEqual(report.entries.items.map((entry) => entry.entryId).sort());
    expect(entries[0]?.['description']).toMatch(/"quoted", with comma/);
    // Adjusting entries name the entry they adjust and why, as the report API does; the others leave both empty.
    const labels = new Map(report.entries.items.map((entry) => [entry.entryId, [entry.adjustsEntryId ?? '', entry.adjustmentReason ?? '']]));
    expect(Object.keys(entries[0] ?? {})).toEqual(expect.arrayContaining(['adjusts_entry_id', 'adjustment_reason']));
    for (const entry of entries) expect([entry['adjusts_entry_id'], entry['adjustment_reason']]).toEqual(labels.get(entry['entry_id'] ?? ''));
    const sum = (column: string) => entries.reduce((total, entry) => total + Number(entry[column]), 0);
    expect(sum('tracked_seconds')).toBe(report.totals.trackedSeconds);
    expect(sum('amount_minor')).toBe(report.totals.amount);
    const total = records.find((record) => record['row_type'] === 'total');
    expect(Number(total?.['tracked_seconds'])).toBe(report.totals.trackedSeconds);
    expect(Number(total?.['billable_seconds'])).toBe(report.totals.billableSeconds);
    const subtotals = records.filter((record) => record['row_type'] === 'subtotal');
    expect(subtotals).toHaveLength(allGroups(report.groups).length);
    for (const group of allGroups(report.groups)) {
      const row = subtotals.find((record) => record['group'] === group.label);
      expect(Number(row?.['tracked_seconds'])).toBe(group.totals.trackedSeconds);
    }
  });

  it("JSON: the report API's shape, totals and groups equal, every entry listed", async () => {
    const json = JSON.parse((await exportFile(finance, 'json')).toString('utf8')) as TimeReport & { entries: { items: Array<{ entryId: string }>; total: number } };
    expect(json.totals).toEqual(report.totals);
    expect(json.groups).toEqual(report.groups);
    expect(json.period).toEqual(PERIOD);
    expect(json.entries.total).toBe(report.totals.entryCount);
    expect(json.entries.items.map((entry) => entry.entryId).sort()).toEqual(report.entries.items.map((entry) => entry.entryId).sort());
  });

  it('XLSX: frozen header, durations and money as typed numbers, subtotal rows and a totals row equal to the report', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await exportFile(finance, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Report');
    if (!sheet) throw new Error('no Report sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(9).value).toBe('Tracked');
    const first = sheet.getRow(2);
    // A duration is a number of days with the [h]:mm:ss format (exceljs hands it back as a Date of its epoch).
    expect(first.getCell(9).numFmt).toBe('[h]:mm:ss');
    expect(durationSecondsOf(first.getCell(9).value)).toBeGreaterThan(0);
    expect(first.getCell(11).type).toBe(ValueType.Number);
    expect(first.getCell(11).numFmt).toMatch(/"(EUR|USD|JPY)"$/);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('Total');
    expect(durationSecondsOf(last.getCell(9).value)).toBe(report.totals.trackedSeconds);
    expect(durationSecondsOf(last.getCell(10).value)).toBe(report.totals.billableSeconds);
    const subtotalRows: number[] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Subtotal')) subtotalRows.push(row.number);
    });
    expect(subtotalRows).toHaveLength(allGroups(report.groups).length);
    // header + entries + subtotals + total
    expect(sheet.rowCount).toBe(1 + report.totals.entryCount + allGroups(report.groups).length + 1);
  });

  it('PDF: title, period, grouped subtotals, the totals and page numbers in the extracted text', async () => {
    const pdf = await exportFile(finance, 'pdf');
    const text = await pdfText(pdf);
    expect(text).toContain('Time report');
    expect(text).toContain(`Period: ${PERIOD.from} to ${PERIOD.to}`);
    expect(text).toContain('Grouped by: client, project');
    expect(text).toMatch(new RegExp(`Total\\s+${report.totals.entryCount} entries\\s+${hoursText(report.totals.trackedSeconds)}\\s+${hoursText(report.totals.billableSeconds)}`));
    for (const group of report.groups) expect(text).toContain(`Subtotal client ${group.label}`);
    // pdf-parse ends each page with "-- i of N --": every page says "Page i of N" with that N.
    const pages = text.split(/^-- \d+ of \d+ --$/m).slice(0, -1);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it("the requester's scope applies inside the job: a responsible's export is their report, a member's holds only their own rows", async () => {
    // The demo responsible answers for every demo project, so their export must equal their report (the same scope).
    const own = await responsible.report(GROUPED);
    const json = JSON.parse((await exportFile(responsible, 'json')).toString('utf8')) as { entries: { items: Array<{ entryId: string }> } };
    expect(json.entries.items.map((entry) => entry.entryId).sort()).toEqual(own.entries.items.map((entry) => entry.entryId).sort());

    // A member may export only their own entries: everyone else's rows of the month stay out of the file.
    const member = await ExportsApi.signIn({ email: 'member@example.com', password: DEMO_PASSWORD });
    const rows = (parse(await exportFile(member, 'csv'), { columns: true }) as Array<Record<string, string>>).filter((row) => row['row_type'] === 'entry');
    const maxRows = report.entries.items.filter((entry) => entry.memberName === 'Max Member');
    expect(maxRows).toHaveLength(5);
    expect(rows.map((row) => row['entry_id']).sort()).toEqual(maxRows.map((entry) => entry.entryId).sort());
    expect(rows.every((row) => row['member'] === 'Max Member')).toBe(true);
    expect(report.totals.entryCount - rows.length).toBe(5);
  });

  it('signed links: a changed link is refused (403), an expired one is gone (410), others cannot see the export (404)', async () => {
    const exportId = await finance.requestExport('csv', GROUPED);
    await finance.finished(exportId);
    const { url } = await finance.downloadLink(exportId);
    const tampered = url.replace(/expires=(\d+)/, (_, expires: string) => `expires=${Number(expires) + 3600}`);
    expect((await finance.download(tampered)).status).toBe(403);
    expect((await finance.download(url.replace(/signature=.*/, 'signature=AAAA'))).status).toBe(403);
    // An authentic link whose time is up, signed as the api does with the development secret the e2e api runs with.
    const requestedBy = (await finance.exportView(exportId)).requestedBy;
    const expired = Math.floor(Date.now() / 1000) - 5;
    const signature = createHmac('sha256', 'dev-only-export-url-secret-change-me').update(`export-download|${exportId}|${requestedBy}|${expired}`).digest('base64url');
    expect((await finance.download(`/api/v1/exports/${exportId}/file?expires=${expired}&signature=${signature}`)).status).toBe(410);
    const peek = await fetch(`${e2eSettings.baseUrl}/api/v1/exports/${exportId}`, { headers: { Authorization: 'Bearer nope' } });
    expect(peek.status).toBe(401);
    await expect(responsible.exportView(exportId)).rejects.toThrow(/HTTP 404/);
  });

  it("a valid link is refused (403, with the reason) once its requester's scope shrank or they were deactivated", async () => {
    const admin = await ExportsApi.signIn(e2eSettings.admin);
    const email = `export-owner-${Date.now()}@example.com`;
    const created = await admin.request('POST', '/members', { name: `Export Owner ${Date.now()}`, email, roles: ['finance'], initialPassword: DEMO_PASSWORD }, {
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(created.status).toBe(201);
    const memberId = ((await created.json()) as { id: string }).id;
    const owner = await ExportsApi.signIn({ email, password: DEMO_PASSWORD });
    const exportId = await owner.requestExport('csv', GROUPED);
    await owner.finished(exportId);
    const { url } = await owner.downloadLink(exportId);
    expect((await owner.download(url)).status).toBe(200);

    // The access read model follows the member's stream: poll the same link until the change shows (or fail).
    const refusal = async (): Promise<{ status: number; code?: string; message?: string }> => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const file = await owner.download(url);
        if (file.status !== 200 || Date.now() > deadline) return { status: file.status, ...(file.status === 200 ? {} : JSON.parse(file.body.toString('utf8'))) };
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const revision = async (): Promise<string> => (await admin.request('GET', `/members/${memberId}`)).headers.get('etag') ?? '';
    // Finance (every row) becomes a plain member (own rows only): the file holds rows they may no longer see.
    const patched = await admin.request('PATCH', `/members/${memberId}`, { roles: ['member'] }, { 'If-Match': await revision() });
    expect(patched.status).toBe(200);
    expect(await refusal()).toMatchObject({ status: 403, code: 'EXPORT_SCOPE_NARROWED', message: expect.stringContaining('scope') });

    const restored = await admin.request('PATCH', `/members/${memberId}`, { roles: ['finance'] }, { 'If-Match': await revision() });
    expect(restored.status).toBe(200);
    const deadline = Date.now() + 15_000;
    while ((await owner.download(url)).status !== 200 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await owner.download(url)).status).toBe(200);

    const deactivated = await admin.request('POST', `/members/${memberId}/deactivate`, undefined, { 'If-Match': await revision() });
    expect(deactivated.status).toBe(200);
    expect(await refusal()).toMatchObject({ status: 403, code: 'EXPORT_REQUESTER_INACTIVE' });
  });

  it('lists the caller’s recent exports newest first; a completed export cannot be cancelled (409)', async () => {
    const exportId = await finance.requestExport('json', GROUPED);
    await finance.finished(exportId);
    const list = await finance.list();
    expect(list[0]?.exportId).toBe(exportId);
    expect(list.every((item) => item.requestedBy === list[0]?.requestedBy)).toBe(true);
    const cancel = await finance.cancel(exportId);
    expect(cancel.status).toBe(409);
    expect(await cancel.json()).toMatchObject({ code: 'EXPORT_FINISHED' });
  });

  it('refuses a bad request naming the field (400)', async () => {
    await expect(finance.requestExport('docx' as 'csv', GROUPED)).rejects.toThrow(/HTTP 400.*format/);
    await expect(finance.requestExport('csv', { ...GROUPED, period: { from: '2025-06-30', to: '2025-06-01' } })).rejects.toThrow(/HTTP 400.*period\.to/);
  });
});
