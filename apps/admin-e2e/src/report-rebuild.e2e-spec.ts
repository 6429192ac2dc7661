import { lastMonthOf, ReportsApiSetup, ReportTotalsBody } from './reports-api-setup';
import { reportRebuildPanel } from './report-rebuild-screen';
import { ApiSession } from './support/api-session';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { e2eSettings } from './support/e2e-settings';
import { loginScreen } from './support/login-screen';
import { openDialog } from './support/open-dialog';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { todayIn } from './time-api-setup';

/** The demo finance person logs the entry the report must still count after the rebuild. */
const FINANCE = { email: 'finance@example.com', password: 'demo-password-123' };
/** Upper bound for the whole rebuild of the e2e database (seconds on a small history). */
const REBUILD_DEADLINE_MS = 90_000;

describe('admin app: rebuilding the report read model from Setup', () => {
  let session: BrowserSession;
  let api: ReportsApiSetup;
  let before: ReportTotalsBody;
  let period: { from: string; to: string };
  let clientId: string;

  beforeAll(async () => {
    await assertPrerequisites();
    api = await ReportsApiSetup.signIn(FINANCE);
    period = lastMonthOf(todayIn(await api.timeZone()));
    clientId = await api.idOf('/clients', 'Acme GmbH');
    const [projectId, memberId] = await Promise.all([api.idOf('/projects', 'Acme Support'), api.idOf('/members', 'Max Member')]);
    const counted = (await api.report(period, clientId)).entryCount;
    await api.logTime({
      memberId,
      projectId,
      startedAt: `${period.from.slice(0, 8)}07T10:00:00Z`,
      durationSeconds: 2700,
      description: `Before the rebuild ${Date.now().toString(36)}`,
    });
    before = await api.reportOnceCounted(period, clientId, counted + 1);
    expect(before.entryCount).toBe(counted + 1);
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets an admin start a rebuild after confirming, follows it to done, and the report answers the same', () =>
    onFreshPage(session, 'report-rebuild', async (page) => {
      const login = loginScreen(page);
      await login.open();
      await login.signIn(e2eSettings.admin);
      await shellScreen(page).navigation.getByRole('link', { name: 'Setup' }).click();
      await page.waitForURL((url) => url.pathname === '/setup/organisation');
      const rebuild = reportRebuildPanel(page);
      await rebuild.state.waitFor();
      await saveScreenshot(page, 'report-rebuild-panel');

      await openDialog(page, rebuild.rebuildButton);
      const dialog = page.getByRole('dialog');
      expect(await dialog.innerText()).toContain('Reports keep answering from the current tables during the rebuild');
      await saveScreenshot(page, 'report-rebuild-confirm');
      await dialog.getByRole('button', { name: 'Rebuild reports', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });

      // The panel polls the api by itself; Playwright asks the page again until the deadline.
      await rebuild.state.filter({ hasText: 'Done: reports answer from the rebuilt tables.' }).waitFor({ timeout: REBUILD_DEADLINE_MS });
      expect(await rebuild.time('Started').innerText()).toMatch(/\d{2}:\d{2}:\d{2}/);
      expect(await rebuild.time('Finished').innerText()).toMatch(/\d{2}:\d{2}:\d{2}/);
      // The server's final count, as the api answers it to an organisation manager.
      const status = await (await ApiSession.signIn(e2eSettings.admin)).get<{ state: string; eventsApplied: number }>('/reports/read-model');
      expect(status.state).toBe('done');
      expect(status.eventsApplied).toBeGreaterThan(0);
      const applied = await rebuild.panel.getByText(/^[\d,]+ events applied$/).innerText();
      expect(Number(applied.replace(/\D/g, ''))).toBe(status.eventsApplied);
      expect(await rebuild.rebuildButton.isEnabled()).toBe(true);
      expect(await rebuild.panel.getByRole('alert').count()).toBe(0);
      await saveScreenshot(page, 'report-rebuild-done');

      // The rebuilt tables answer the same report.
      expect(await api.report(period, clientId)).toEqual(before);
    }));
});
