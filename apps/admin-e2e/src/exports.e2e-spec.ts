import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Queue } from 'bullmq';
import { lastMonthOf } from './reports-api-setup';
import { reportsScreen } from './reports-screen';
import { DEMO_PASSWORD, durationSecondsOf, ExportsApi } from './exports-api-setup';
import { exportsQueue, exportsScreen } from './exports-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { todayIn } from './time-api-setup';

const FINANCE = { email: 'finance@example.com', password: DEMO_PASSWORD };

async function signIn(page: Page): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(FINANCE);
  await shellScreen(page).navigation.waitFor();
}

describe('admin app: exporting a report as XLSX', () => {
  let session: BrowserSession;
  let queue: Queue;
  let api: ExportsApi;
  let period: { from: string; to: string };

  beforeAll(async () => {
    await assertPrerequisites();
    api = await ExportsApi.signIn(FINANCE);
    period = lastMonthOf(todayIn(await api.timeZone()));
    const [max, support] = await Promise.all([api.idOf('/members', 'Max Member'), api.idOf('/projects', 'Acme Support')]);
    const before = (await api.report({ kind: 'time-report', period, groupBy: ['project'] })).totals.entryCount;
    for (const day of [10, 11, 12]) {
      await api.logTime({ memberId: max, projectId: support, startedAt: `${period.from.slice(0, 8)}${day}T10:00:00Z`, durationSeconds: 2700 + day * 60, description: `xlsx e2e ${day}` });
    }
    await api.reportCounting({ kind: 'time-report', period, groupBy: ['project'] }, before + 3);
    queue = exportsQueue();
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await queue?.resume();
    await queue?.close();
    await session?.close();
  });

  it('shows the progress bar while the export waits and runs, then downloads a workbook whose totals match the report', () =>
    onFreshPage(session, 'exports-xlsx', async (page) => {
      const reports = reportsScreen(page);
      const exports = exportsScreen(page);
      await page.setViewportSize({ width: 1280, height: 1200 });
      await signIn(page);
      await shellScreen(page).navigation.getByRole('link', { name: 'Reports' }).click();
      await page.waitForURL((url) => url.pathname === '/reports/report');
      await reports.choose('Period', 'Last month');
      await reports.choose('Group by', 'Project');

      // Held in the queue: the bar is there at 0 % until the worker takes the job.
      await queue.pause();
      await exports.exportAs('xlsx');
      await exports.progressBar.waitFor();
      expect(await exports.status.getAttribute('data-status')).toBe('queued');
      expect(await exports.progressBar.getAttribute('aria-valuenow')).toBe('0');
      await saveScreenshot(page, 'exports-progress');
      await queue.resume();

      await exports.downloadButton.waitFor({ timeout: 60_000 });
      expect(await exports.status.getAttribute('data-status')).toBe('completed');
      expect(await exports.progressBar.count()).toBe(0);
      const [download] = await Promise.all([page.waitForEvent('download'), exports.downloadButton.click()]);
      expect(download.suggestedFilename()).toBe(`time-report-${period.from}-to-${period.to}.xlsx`);
      const file = await download.path();
      if (!file) throw new Error('the download did not finish');

      const report = await api.report({ kind: 'time-report', period, groupBy: ['project'] });
      const workbook = new Workbook();
      await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Report');
      if (!sheet) throw new Error('no Report sheet');
      const total = sheet.getRow(sheet.rowCount);
      expect(total.getCell(1).value).toBe('Total');
      expect(total.getCell(9).numFmt).toBe('[h]:mm:ss');
      expect(durationSecondsOf(total.getCell(9).value)).toBe(report.totals.trackedSeconds);
      expect(total.getCell(6).value).toBe(`${report.totals.entryCount} entries`);
      // header + entries + one subtotal per project + total
      expect(sheet.rowCount).toBe(1 + report.totals.entryCount + report.groups.length + 1);

      // The Exports page lists it as completed.
      const exportId = (await api.list())[0]?.exportId ?? '';
      await page.getByRole('tablist', { name: 'Reports pages' }).getByRole('tab', { name: 'Exports' }).click();
      await exports.exportRow(exportId).waitFor();
      expect(await exports.exportRow(exportId).getAttribute('data-status')).toBe('completed');
      await saveScreenshot(page, 'exports-page');
    }));
});
