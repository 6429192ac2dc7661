import { readFile } from 'node:fs/promises';
import type { AuditLogItem, AuditLogPage } from '@billing/audit/contracts';
import { auditScreen } from './audit-screen';
import { DEMO_PASSWORD, ExportsApi } from './exports-api-setup';
import { exportsScreen } from './exports-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';

const AUDITOR = { email: 'auditor@example.com', password: DEMO_PASSWORD };

describe('admin app: exporting the filtered audit log', () => {
  let session: BrowserSession;
  let auditor: ExportsApi;
  let actor: string;

  beforeAll(async () => {
    await assertPrerequisites();
    const finance = await ExportsApi.signIn({ email: 'finance@example.com', password: DEMO_PASSWORD });
    auditor = await ExportsApi.signIn(AUDITOR);
    actor = await finance.idOf('/members', 'Fiona Finance');
    const project = await finance.idOf('/projects', 'Acme Support');
    await finance.logTime({ memberId: actor, projectId: project, startedAt: '2025-04-07T09:00:00Z', durationSeconds: 1500, description: 'audit log page export' });
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('Export on the Audit log page offers CSV and JSON, writes the events of the filtered list, and is listed on the Exports page', () =>
    onFreshPage(session, 'audit-log-export', async (page) => {
      const exports = exportsScreen(page);
      const login = loginScreen(page);
      await login.open();
      await login.signIn(AUDITOR);
      await shellScreen(page).navigation.waitFor();
      await page.goto('/audit/log');
      await auditScreen(page).log.waitFor();
      await page.getByRole('combobox', { name: 'Actor' }).click();
      await page.getByRole('option', { name: 'Fiona Finance', exact: true }).click();
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForLoadState('networkidle');

      await page.getByTestId('export-button').click();
      expect(await page.getByTestId('export-format-xlsx').count()).toBe(0);
      expect(await page.getByTestId('export-format-pdf').count()).toBe(0);
      await page.getByTestId('export-format-json').click();
      await exports.downloadButton.waitFor({ timeout: 60_000 });
      expect(await exports.status.getAttribute('data-status')).toBe('completed');
      await saveScreenshot(page, 'audit-log-export');
      const [download] = await Promise.all([page.waitForEvent('download'), exports.downloadButton.click()]);
      expect(download.suggestedFilename()).toBe('audit-log.json');
      const file = await download.path();
      if (!file) throw new Error('the download did not finish');
      const json = JSON.parse(await readFile(file, 'utf8')) as { filters: Record<string, unknown>; items: AuditLogItem[] };
      expect(json.filters).toEqual({ actor });

      // The same events as the API's list for that actor (nothing was written by that actor since the export).
      const expected: AuditLogItem[] = [];
      let cursor: string | null = null;
      do {
        const listed: AuditLogPage = await auditor.get(`/audit/events?actor=${actor}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
        expected.push(...listed.items);
        cursor = listed.nextCursor;
      } while (cursor !== null);
      expect(expected.length).toBeGreaterThan(0);
      expect(json.items.map((item) => item.eventId)).toEqual(expected.map((item) => item.eventId));

      const exportId = (await auditor.list())[0]?.exportId ?? '';
      await page.goto('/reports/exports');
      await exports.exportRow(exportId).waitFor();
      expect(await exports.exportRow(exportId).getAttribute('data-status')).toBe('completed');
      expect(await exports.exportRow(exportId).innerText()).toContain('Audit log');
    }));
});
