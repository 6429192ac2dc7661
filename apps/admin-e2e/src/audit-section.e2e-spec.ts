import { Page } from 'playwright-core';
import { AuditApiSetup, AuditEntry } from './audit-api-setup';
import { auditScreen, WRITE_LABELS } from './audit-screen';
import { lastMonthIn } from './close-api-setup';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';

/** Demo people the api seeds (libs/organisation/application/src/lib/seed/demo-organisation.ts). */
const AUDITOR = { email: 'auditor@example.com', password: 'demo-password-123' };
const FINANCE = { email: 'finance@example.com', password: 'demo-password-123' };
const MEMBER = { email: 'member@example.com', password: 'demo-password-123' };
const PROJECT = 'Acme Support';

async function signInAsAuditor(page: Page): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(AUDITOR);
  await shellScreen(page).navigation.waitFor();
}

describe('admin app: the Audit section for an auditor', () => {
  let session: BrowserSession;
  let finance: AuditApiSetup;
  let member: AuditApiSetup;
  let periodKey: string;
  let entry: AuditEntry;
  const run = `${Date.now()}`;
  const reason = `Client asked for the ticket number (e2e ${run})`;

  beforeAll(async () => {
    await assertPrerequisites();
    [finance, member] = await Promise.all([AuditApiSetup.signIn(FINANCE), AuditApiSetup.signIn(MEMBER)]);
    periodKey = lastMonthIn(await finance.timeZone());
    await finance.ensureOpen(periodKey, 'e2e audit set-up: reopened after an interrupted run');
    const created = await member.createEntry(await member.projectId(PROJECT), `${periodKey}-12`, `Audit e2e ${run}`);
    entry = await finance.editDescription(created, `Audit e2e ${run} #4711`, reason);
    await finance.closePeriod(periodKey, `Closed for the audit e2e ${run}`);
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
    if (finance && periodKey) await finance.ensureOpen(periodKey, 'e2e audit clean-up: leave the month open for other tests');
    if (member && entry) await member.deleteEntry(await member.entry(entry.id));
  });

  it("opens a time entry's history from the log and sees the edit with its actor, reason and before/after", () =>
    onFreshPage(session, 'audit-entry-history', async (page) => {
      const audit = auditScreen(page);
      await signInAsAuditor(page);
      await shellScreen(page).navigation.getByRole('link', { name: 'Audit' }).click();
      await page.waitForURL((url) => url.pathname === '/audit/log');
      await audit.filterLog('Time entry', entry.id);
      const rows = audit.log.getByRole('row').filter({ hasText: 'Time entry edited' });
      await rows.first().waitFor();
      expect(await rows.first().innerText()).toContain('Fiona Finance');
      await saveScreenshot(page, 'audit-log');

      await audit.log.getByRole('link', { name: `History of time-entry-${entry.id}` }).first().click();
      await page.waitForURL((url) => url.pathname === `/audit/history/time-entry/${entry.id}`);
      const edit = audit.history.getByRole('article').filter({ hasText: 'Time entry edited' });
      await edit.waitFor();
      const text = await edit.innerText();
      expect(text).toContain('Fiona Finance');
      expect(text).toContain(`Reason: ${reason}`);
      const change = edit.getByRole('row').filter({ hasText: 'description' });
      expect(await change.getByRole('cell').allInnerTexts()).toEqual(['description', `Audit e2e ${run}`, `Audit e2e ${run} #4711`]);
      // The member's own events come first in the stream, by the member.
      expect(await audit.history.getByRole('article').filter({ hasText: 'Max Member' }).count()).toBeGreaterThan(0);
      await saveScreenshot(page, 'audit-entry-history');
    }));

  it("views the report as of last month's close, from the close instant the closing API recorded", () =>
    onFreshPage(session, 'audit-report-as-of', async (page) => {
      const audit = auditScreen(page);
      const closedAt = await finance.closedAt(periodKey);
      await signInAsAuditor(page);
      await page.goto('/audit/as-of');
      const row = audit.closedPeriod(periodKey);
      await row.waitFor();
      await row.getByRole('button', { name: 'Totals as of the close' }).click();
      const totals = page.getByRole('region', { name: 'Totals as of the close' });
      await totals.getByText(/Tracked \d+:\d{2} h/).waitFor();
      expect(await totals.getByRole('heading').innerText()).toContain(periodKey);
      await saveScreenshot(page, 'audit-as-of');

      await row.getByRole('link', { name: 'Report as of the close' }).click();
      await page.waitForURL((url) => url.pathname === '/reports/report');
      const query = new URL(page.url()).searchParams;
      expect(query.get('asOf')).toBe(closedAt);
      expect(query.get('from')).toBe(`${periodKey}-01`);
      // The Reports builder shows the report as it was at the close, and says so.
      const banner = page.getByRole('status', { name: 'Historical view' });
      await banner.waitFor();
      expect(await banner.innerText()).toContain(closedAt.replace('.000Z', 'Z'));
      await saveScreenshot(page, 'audit-report-as-of-close');
    }));

  it('finds no enabled button that writes on any page of the Audit section', () =>
    onFreshPage(session, 'audit-read-only', async (page) => {
      const audit = auditScreen(page);
      await signInAsAuditor(page);
      const found: Record<string, string[]> = {};
      for (const path of ['/audit/log', `/audit/history/time-entry/${entry.id}`, '/audit/verify', '/audit/replay', '/audit/projections', '/audit/as-of']) {
        await page.goto(path);
        await audit.tabs.waitFor();
        await page.waitForLoadState('networkidle');
        const names = await audit.enabledButtonNames();
        expect(names.length).toBeGreaterThan(0);
        found[path] = names.filter((name) => WRITE_LABELS.test(name));
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((path) => [path, []])));
    }));

  it('finds no enabled button that writes in the other sections the auditor opens', () =>
    onFreshPage(session, 'audit-other-sections-read-only', async (page) => {
      const audit = auditScreen(page);
      await signInAsAuditor(page);
      const sections = (await shellScreen(page).sectionLabels()).filter((label) => label !== 'Audit');
      expect(sections).toContain('Reports');
      const found: Record<string, string[]> = {};
      for (const section of sections) {
        await shellScreen(page).navigation.getByRole('link', { name: section }).click();
        await page.getByRole('heading', { name: section, level: 1 }).waitFor();
        const pages = page.getByRole('tablist', { name: `${section} pages` }).getByRole('tab');
        const labels = (await pages.count()) > 0 ? await pages.allInnerTexts() : [''];
        for (const label of labels) {
          if (label !== '') await pages.filter({ hasText: label }).first().click();
          await page.waitForLoadState('networkidle');
          found[`${section} ${label}`.trim()] = (await audit.enabledButtonNames()).filter((name) => WRITE_LABELS.test(name));
        }
      }
      expect(Object.keys(found)).toEqual(expect.arrayContaining(['Reports Report', 'Reports Saved reports']));
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    }));
});
