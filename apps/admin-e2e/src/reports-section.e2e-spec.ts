import { Page } from 'playwright-core';
import { hoursText, lastMonthOf, monthOf, ReportsApiSetup, ReportTotalsBody } from './reports-api-setup';
import { FreshBrowser, reportsScreen, totalsCells } from './reports-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { todayIn } from './time-api-setup';

/** The demo finance person the api seeds (libs/organisation/application seed). */
const FINANCE = { email: 'finance@example.com', password: 'demo-password-123' };
const CLIENT = 'Acme GmbH';
const SUPPORT = 'Acme Support';
const RELAUNCH = 'Acme Website Relaunch';
const MAX = 'Max Member';
const RITA = 'Rita Responsible';
/** The report's freshness line once its read model has caught up: `Counted through 26 Nov 2026, 09:12:03`. */
const COUNTED_THROUGH = /^Counted through \d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2}$/;

async function signIn(page: Page): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(FINANCE);
  await shellScreen(page).navigation.waitFor();
}

describe('admin app: the Reports section against the api', () => {
  let session: BrowserSession;
  let fresh: FreshBrowser;
  let expected: ReportTotalsBody;
  let before: ReportTotalsBody;
  /** An instant before this run logged its entries: the report as of then does not count them. */
  let beforeLogging: string;
  const run = Date.now().toString(36);
  let api: ReportsApiSetup;
  let today: string;
  /** What the adjustment test needs from the set-up. */
  let ids: { clientId: string; support: string; max: string };

  beforeAll(async () => {
    await assertPrerequisites();
    api = await ReportsApiSetup.signIn(FINANCE);
    today = todayIn(await api.timeZone());
    const period = lastMonthOf(today);
    const clientId = await api.idOf('/clients', CLIENT);
    const [support, relaunch, globex, max, rita] = await Promise.all([
      api.idOf('/projects', SUPPORT),
      api.idOf('/projects', RELAUNCH),
      api.idOf('/projects', 'Globex Retainer'),
      api.idOf('/members', MAX),
      api.idOf('/members', RITA),
    ]);
    ids = { clientId, support, max };
    // Support is billed at EUR 120.00 an hour from the start of last month; the relaunch has no rate.
    // Counted only once the read model applied the rate: it revalues last month's entries already there (another
    // spec may have logged some on Support).
    const rateSetFrom = new Date().toISOString();
    await api.setProjectRate(support, 12_000, period.from);
    before = await api.reportCountedSince(period, clientId, rateSetFrom);
    // Whole seconds (what the date-time control takes), safely before the first entry is recorded.
    beforeLogging = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000).toISOString();
    // Mid-day UTC on the 3rd to 6th: the same days in any European zone, well inside last month.
    const at = (day: number) => `${period.from.slice(0, 8)}${String(day).padStart(2, '0')}T10:00:00Z`;
    const entries = [
      { memberId: max, projectId: support, startedAt: at(3), durationSeconds: 2 * 3600, description: `Ticket triage ${run}` },
      { memberId: rita, projectId: support, startedAt: at(4), durationSeconds: 5400, description: `Release review ${run}` },
      { memberId: max, projectId: relaunch, startedAt: at(5), durationSeconds: 3 * 3600 + 900, description: `Landing page ${run}` },
      // Another client: the client filter leaves it out.
      { memberId: max, projectId: globex, startedAt: at(6), durationSeconds: 4 * 3600, description: `Globex call ${run}` },
    ];
    for (const entry of entries) {
      await api.logTime(entry);
    }
    expected = await api.reportOnceCounted(period, clientId, before.entryCount + 3);
    expect(expected.entryCount).toBe(before.entryCount + 3);
    expect(expected.trackedSeconds).toBe(before.trackedSeconds + 2 * 3600 + 5400 + 3 * 3600 + 900);
    // (2 h + 1.5 h) x 12000 = 42000 (EUR 420.00) more; the relaunch's hours have no rate and add nothing.
    expect(expected.amount).toBe(before.amount + 42_000);
    session = await BrowserSession.start();
    fresh = await FreshBrowser.start();
  });

  afterAll(async () => {
    await session?.close();
    await fresh?.close();
  });

  it('lets finance filter last month by client, group by project then member, expand, save, and open the shared link logged out', () =>
    onFreshPage(session, 'reports-finance', async (page) => {
      const reports = reportsScreen(page);
      await page.setViewportSize({ width: 1280, height: 1400 });
      await signIn(page);
      await shellScreen(page).navigation.getByRole('link', { name: 'Reports' }).click();
      await page.waitForURL((url) => url.pathname === '/reports/report');

      await reports.choose('Period', 'Last month');
      await reports.pick('Clients', new RegExp(`^${CLIENT}`));
      await reports.choose('Group by', 'Project');
      await reports.choose('Then by', 'Member');

      // The grand total is the api's figure for the same report.
      const totals = reports.totalsRow();
      await totals.filter({ hasText: hoursText(expected.trackedSeconds) }).filter({ hasText: String(expected.entryCount) }).waitFor();
      // Caught up: the discreet freshness line, no warning.
      await page.getByText(COUNTED_THROUGH).waitFor();
      expect(await page.getByRole('status', { name: 'Report freshness' }).count()).toBe(0);
      await reports.groupRow(SUPPORT).waitFor();
      if (before.amount === 0) {
        // Amounts from the rate book: Support's hours at EUR 120.00, the relaunch without a rate at 0.
        await reports.groupRow(SUPPORT).filter({ hasText: 'EUR 420.00' }).waitFor();
      }
      expect(await reports.table.getByRole('rowheader', { name: /Globex/ }).count()).toBe(0);
      await page.getByRole('img', { name: new RegExp(`^${SUPPORT}: \\d`) }).waitFor();

      // Project -> its members -> the entries of one member.
      await reports.table.getByRole('button', { name: `Expand ${SUPPORT}` }).click();
      await reports.groupRow(RITA).waitFor();
      await reports.table.getByRole('button', { name: `Show entries of ${MAX}` }).first().click();
      const entries = page.getByRole('table', { name: `Entries of ${SUPPORT} › ${MAX}` });
      await entries.getByRole('row').filter({ hasText: `Ticket triage ${run}` }).waitFor();
      const inApp = await totalsCells(totals);
      await saveScreenshot(page, 'reports-report');

      // Save it, keeping "last month" relative.
      const name = `Acme last month ${run}`;
      await reports.openDialog('Save report');
      await reports.dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await reports.dialog.getByRole('button', { name: 'Save', exact: true }).click();
      await reports.dialog.waitFor({ state: 'detached' });
      await page.getByRole('heading', { name, level: 2 }).waitFor();
      expect(new URL(page.url()).searchParams.get('saved')).toMatch(/^[0-9a-f-]{36}$/);

      // An online link with the default expiry.
      await reports.openDialog('Share link');
      await reports.dialog.getByRole('button', { name: 'Create link' }).click();
      const link = reports.dialog.getByRole('textbox', { name: 'Shared link' });
      await link.waitFor();
      const url = await link.inputValue();
      expect(url).toMatch(/\/shared\/[^/]+$/);
      await reports.dialog.getByRole('table', { name: 'Shared links' }).getByText('Active').first().waitFor();
      await saveScreenshot(page, 'reports-share-link');
      await reports.dialog.getByRole('button', { name: 'Close', exact: true }).click();
      await reports.dialog.waitFor({ state: 'detached' });

      // The saved list shows it.
      await page.getByRole('tablist', { name: 'Reports pages' }).getByRole('tab', { name: 'Saved reports' }).click();
      await page.getByRole('table', { name: 'Saved reports' }).getByRole('row').filter({ hasText: name }).waitFor();
      await saveScreenshot(page, 'reports-saved');

      // Logged out, in a browser that has never seen the app: the same report and the same totals.
      const outsider = await fresh.newPage();
      await outsider.setViewportSize({ width: 1280, height: 1300 });
      try {
        await outsider.goto(url);
        await outsider.getByRole('heading', { name, level: 1 }).waitFor();
        const shared = reportsScreen(outsider);
        const sharedTotals = shared.totalsRow(outsider.getByRole('table', { name: 'Shared report' }));
        await sharedTotals.waitFor();
        expect(await totalsCells(sharedTotals)).toEqual(inApp);
        await outsider.getByText(COUNTED_THROUGH).waitFor();
        expect(await outsider.getByText('Last month:').count()).toBeGreaterThan(0);
        await outsider.getByRole('img', { name: new RegExp(`^${SUPPORT}: \\d`) }).waitFor();
        await outsider.getByRole('button', { name: `Expand ${SUPPORT}` }).click();
        await outsider.getByRole('rowheader', { name: new RegExp(MAX) }).first().waitFor();
        expect(await outsider.getByRole('button', { name: /^Show entries of / }).count()).toBe(0);
        expect(await outsider.getByRole('navigation', { name: 'Sections' }).count()).toBe(0);
        await saveScreenshot(outsider, 'reports-shared-public');

        // Revoked in the app: the very next open of the link says so.
        const saved = page.getByRole('table', { name: 'Saved reports' }).getByRole('row').filter({ hasText: name });
        await saved.getByRole('button', { name: `Actions for ${name}` }).click();
        await page.getByRole('menuitem', { name: 'Share link…' }).click();
        const links = page.getByRole('dialog', { name: `Share "${name}" online` });
        await links.getByRole('button', { name: /^Revoke link created / }).first().click();
        await page.getByRole('dialog', { name: 'Revoke link?' }).getByRole('button', { name: 'Revoke', exact: true }).click();
        await links.getByRole('table', { name: 'Shared links' }).getByText('Revoked').waitFor();
        await outsider.reload();
        await outsider.getByRole('alert').getByRole('heading', { name: 'This link does not work' }).waitFor();
        await saveScreenshot(outsider, 'reports-shared-revoked');
      } finally {
        await outsider.close();
      }
    }));

  it('shows the report as of a past instant, marked as historical, and goes back to live', () =>
    onFreshPage(session, 'reports-as-of', async (page) => {
      const reports = reportsScreen(page);
      await page.setViewportSize({ width: 1280, height: 1400 });
      await signIn(page);
      await page.goto('/reports/report');
      await reports.choose('Period', 'Last month');
      await reports.pick('Clients', new RegExp(`^${CLIENT}`));
      const totals = reports.totalsRow();
      const showing = (figures: ReportTotalsBody) =>
        totals.filter({ hasText: hoursText(figures.trackedSeconds) }).filter({ hasText: String(figures.entryCount) }).waitFor();
      await showing(expected);

      // The control takes the browser's local date and time.
      const local = await page.evaluate((instant) => {
        const date = new Date(instant);
        const pad = (value: number) => String(value).padStart(2, '0');
        return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
      }, beforeLogging);
      await page.getByRole('button', { name: 'View as of…' }).click();
      await page.getByLabel('View as of').fill(local);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      const banner = page.getByRole('status', { name: 'Historical view' });
      await banner.waitFor();
      expect(await banner.innerText()).toContain(beforeLogging.replace('.000Z', 'Z'));
      await showing(before);
      expect(new URL(page.url()).searchParams.get('asOf')).toBe(beforeLogging);
      expect(await page.getByRole('button', { name: 'Save report' }).count()).toBe(0);
      await saveScreenshot(page, 'reports-as-of');

      await banner.getByRole('button', { name: 'Back to live' }).click();
      await banner.waitFor({ state: 'detached' });
      await showing(expected);
      await page.getByRole('button', { name: 'Save report' }).waitFor();
    }));

  it("labels an adjusting entry among a group's entries: an \"Adjustment\" badge titled with the adjusted entry and the reason", async () => {
    // Last month closed, then corrected: a quarter hour off, posted on the first day of this month.
    const lastMonth = lastMonthOf(today);
    const monthKey = lastMonth.from.slice(0, 7);
    await api.ensureOpen(monthKey, 'e2e reports set-up: reopened after an interrupted run');
    const entryId = await api.logTime({
      memberId: ids.max,
      projectId: ids.support,
      startedAt: `${monthKey}-07T10:00:00Z`,
      durationSeconds: 3600,
      description: `Ticket follow-up ${run}`,
    });
    const reason = `Quarter hour was a break (e2e ${run})`;
    await api.closeMonth(monthKey, `Closed for the reports e2e ${run}`);
    const adjustmentId = await api
      .postAdjustment(entryId, -900, reason)
      .finally(() => api.ensureOpen(monthKey, 'e2e reports: reopened after posting an adjustment'));
    const thisMonth = monthOf(today);
    expect(await api.reportedEntry(thisMonth, ids.clientId, adjustmentId)).toMatchObject({
      day: thisMonth.from,
      trackedSeconds: -900,
      adjustsEntryId: entryId,
      adjustmentReason: reason,
    });
    expect(await api.reportedEntry(lastMonth, ids.clientId, entryId)).toMatchObject({ adjustsEntryId: null, adjustmentReason: null });

    await onFreshPage(session, 'reports-adjustment', async (page) => {
      const reports = reportsScreen(page);
      await page.setViewportSize({ width: 1280, height: 1400 });
      await signIn(page);
      await page.goto('/reports/report');
      await reports.choose('Period', 'This month');
      await reports.pick('Clients', new RegExp(`^${CLIENT}`));
      await reports.choose('Group by', 'Member');
      await reports.table.getByRole('button', { name: `Show entries of ${MAX}` }).click();
      const row = page.getByRole('table', { name: `Entries of ${MAX}` }).getByRole('row').filter({ hasText: `Ticket follow-up ${run}` });
      const badge = row.getByText('Adjustment', { exact: true });
      await badge.waitFor();
      expect(await badge.getAttribute('title')).toBe(`Adjusts entry ${entryId.slice(0, 8)}: ${reason}`);
      await saveScreenshot(page, 'reports-adjustment');
    });
  });

  it('draws a time series when the top level is a day', () =>
    onFreshPage(session, 'reports-time-series', async (page) => {
      const reports = reportsScreen(page);
      await page.setViewportSize({ width: 1280, height: 1400 });
      await signIn(page);
      await page.goto('/reports/report');
      await reports.choose('Period', 'Last month');
      await reports.choose('Group by', 'Week');
      await page.getByRole('group', { name: 'Tracked hours by week' }).waitFor();
      await page.getByRole('img', { name: /^\d{4} W\d{2} · .*: \d/ }).first().waitFor();
      await saveScreenshot(page, 'reports-time-series');
    }));
});
