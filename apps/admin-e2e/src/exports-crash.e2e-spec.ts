import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ExportDefinition, ExportView } from '@billing/exports/contracts';
import { CrashTestSystem } from './exports-crash-system';
import { ExportsApi, pdfText } from './exports-api-setup';

const ENTRIES = 25_000;
const ADMIN = { email: 'admin@example.com', password: 'admin-demo-password' };
// Every generated entry (the generator spreads 24 months before its fixed "now").
const EVERYTHING: ExportDefinition = { kind: 'time-report', period: { from: '2023-01-01', to: '2027-12-31' }, groupBy: ['client'] };
const hoursText = (seconds: number): string => `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}`;

/** Polls until `holds` is true for the export (bounded; no fixed pauses beyond the poll interval). */
async function waitFor(api: ExportsApi, exportId: string, holds: (view: ExportView) => boolean, timeoutMs: number): Promise<ExportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await api.exportView(exportId);
    if (holds(view)) return view;
    if (Date.now() > deadline) throw new Error(`export ${exportId} did not get there in ${timeoutMs} ms: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('an export survives a worker crash, and a running export can be cancelled', () => {
  const system = new CrashTestSystem('billing_e2e_exports_crash', 3520);
  let api: ExportsApi;
  let totals: { entryCount: number; trackedSeconds: number };

  beforeAll(async () => {
    await system.recreateDatabase();
    await system.startApi();
    system.generate(ENTRIES);
    api = await ExportsApi.signInWhenReady(ADMIN, system.baseUrl, 300_000);
    // The api projects the generated events as they arrive: wait until the report read model has them all.
    await system.reportsCaughtUp(400_000);
    totals = (await api.report(EVERYTHING)).totals;
    expect(totals.entryCount).toBeGreaterThan(ENTRIES * 0.9);
    system.startWorker();
  }, 600_000);

  afterAll(() => system.stop(), 30_000);

  it('SIGKILL mid-export: the job is picked up again after the restart and the file is complete', async () => {
    const exportId = await api.requestExport('pdf', EVERYTHING);
    const running = await waitFor(api, exportId, (view) => (view.progress?.rowsWritten ?? 0) > 0, 120_000);
    expect(running.status).toBe('running');
    expect(running.progress?.rowsWritten).toBeLessThan(totals.entryCount);
    await system.killWorker();
    expect((await api.exportView(exportId)).status).toBe('running');

    system.startWorker();
    const done = await waitFor(api, exportId, (view) => view.status !== 'running' && view.status !== 'queued', 240_000);
    expect(done).toMatchObject({ status: 'completed', rowCount: totals.entryCount });
    const file = await api.download((await api.downloadLink(exportId)).url);
    expect(file.status).toBe(200);
    const text = await pdfText(file.body);
    // One title, one grand total: the second attempt wrote the whole file from zero, nothing was appended twice.
    expect(text.match(/Time report/g)).toHaveLength(1);
    expect(text.match(/^Total\s/gm)).toHaveLength(1);
    expect(text).toMatch(new RegExp(`Total\\s+${totals.entryCount} entries\\s+${hoursText(totals.trackedSeconds)}`));
    const partial = await readdir(path.join(system.exportDir, '.partial')).catch(() => []);
    expect(partial.filter((name) => name.startsWith(exportId))).toEqual([]);
  }, 400_000);

  it('cancel: a running export stops, leaves no file, and its link is refused', async () => {
    const exportId = await api.requestExport('pdf', EVERYTHING);
    // Cancelled as soon as it runs: waiting for rows written left too little of a short export on a fast machine,
    // which sometimes completed before the cancel arrived (409).
    const running = await waitFor(api, exportId, (view) => view.status !== 'queued', 120_000);
    expect(running.status).toBe('running');
    const cancel = await api.cancel(exportId);
    expect(cancel.status).toBe(200);
    expect(((await cancel.json()) as ExportView).status).toBe('cancelled');
    // The worker notices within about a second and drops its partial file.
    const deadline = Date.now() + 30_000;
    let partial: string[] = [];
    do {
      partial = (await readdir(path.join(system.exportDir, '.partial')).catch(() => [] as string[])).filter((name) => name.startsWith(exportId));
      if (partial.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < deadline);
    expect(partial).toEqual([]);
    expect((await readdir(system.exportDir)).filter((name) => name.startsWith(exportId))).toEqual([]);
    expect((await api.exportView(exportId)).status).toBe('cancelled');
    await expect(api.downloadLink(exportId)).rejects.toThrow(/HTTP 409/);
  }, 200_000);
});
