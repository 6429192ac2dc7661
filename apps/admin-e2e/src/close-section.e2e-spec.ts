import { Page } from 'playwright-core';
import { CloseApiSetup, EntrySnapshot, lastMonthIn, monthName, nextMonth } from './close-api-setup';
import { closeScreen } from './close-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { timeScreen } from './time-screen';

/** Demo people the api seeds (libs/organisation/application/src/lib/seed/demo-organisation.ts). */
const FINANCE = { email: 'finance@example.com', password: 'demo-password-123' };
const MEMBER = { email: 'member@example.com', password: 'demo-password-123' };
const PROJECT = 'Acme Support';

async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(credentials);
  await shellScreen(page).navigation.waitFor();
}

/** The member opens the entry from a link (as the checklist's Fix does), changes its description and saves. */
async function editDescription(page: Page, entryId: string, description: string) {
  await timeScreen(page).openDialog(() => page.goto(`/time/entries?entry=${entryId}`));
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  return dialog;
}

describe('admin app: month-end close against the api', () => {
  let session: BrowserSession;
  let finance: CloseApiSetup;
  let member: CloseApiSetup;
  let periodKey: string;
  let month: string;
  let entry: EntrySnapshot;
  const run = `${Date.now()}`;

  beforeAll(async () => {
    await assertPrerequisites();
    [finance, member] = await Promise.all([CloseApiSetup.signIn(FINANCE), CloseApiSetup.signIn(MEMBER)]);
    periodKey = lastMonthIn(await finance.timeZone());
    month = monthName(periodKey);
    // A run that died half-way may have left the month closed: open it, then log the member's hour in it.
    await finance.ensureOpen(periodKey, 'e2e set-up: reopened after an interrupted run');
    entry = await member.createEntry(await member.projectId(PROJECT), `${periodKey}-14`, `Close e2e ${run}`);
    expect(entry.month).toBe(periodKey);
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
    // Leave the month open and without this run's entry, whatever happened: other specs write into the same database.
    if (finance && periodKey) {
      await finance.ensureOpen(periodKey, 'e2e clean-up: leave the month open for other tests');
    }
    if (finance && entry) {
      await finance.deleteAdjustments(entry.id);
    }
    if (member && entry) {
      await member.deleteEntry(await member.entry(entry.id));
    }
  });

  it('lets finance review the checklist of last month and close it, with a note when findings are open', () =>
    onFreshPage(session, 'close-finance-closes', async (page) => {
      const close = closeScreen(page);
      await signIn(page, FINANCE);
      await shellScreen(page).navigation.getByRole('link', { name: 'Close' }).click();
      await page.waitForURL((url) => url.pathname === '/close');
      await close.periods.getByRole('row').filter({ hasText: month }).waitFor();
      await saveScreenshot(page, 'close-periods');

      await close.openPeriod(month);
      await close.waitForStatus('Open');
      // Pace is computed from its read model, the rate check from the report read model (where entries are valued).
      const pace = await close.item('Members behind on Pace').innerText();
      expect(pace).not.toContain('Not available');
      expect(pace).toMatch(/None|\d/);
      const rates = await close.item('Billable entries without a rate').innerText();
      expect(rates).not.toContain('Not available');
      expect(rates).toMatch(/None|\d/);
      // The member's hour is billable and unbilled.
      expect(await close.item('Unbilled billable hours').innerText()).toMatch(/\d+:\d{2} h/);
      await saveScreenshot(page, 'close-checklist');

      await close.openDialog('Close organisation-wide…');
      const note = close.field('Note (required)').or(close.field('Note (optional)'));
      await note.waitFor();
      if (await close.field('Note (required)').count()) {
        // Open findings: closing without a note is refused, as the API would.
        await close.dialog.getByRole('button', { name: 'Close period' }).click();
        await close.dialog.getByText('Required', { exact: true }).waitFor();
      }
      await note.fill(`Reviewed by finance (e2e ${run}); remaining findings accepted`);
      await saveScreenshot(page, 'close-dialog');
      await close.dialog.getByRole('button', { name: 'Close period' }).click();
      await close.dialog.waitFor({ state: 'detached' });

      await close.waitForStatus('Closed');
      const closed = close.history.getByRole('listitem').filter({ hasText: 'Closed organisation-wide' }).filter({ hasText: `e2e ${run}` });
      await closed.waitFor();
      expect(await closed.innerText()).toContain('Fiona Finance');
      await closed.getByRole('button', { name: /checklist at closing/ }).click();
      await closed.getByRole('list', { name: 'Checklist items' }).waitFor();
      await closed.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'close-closed');
    }));

  it("refuses a member's edit of an entry in the closed month with a clear message", () =>
    onFreshPage(session, 'close-member-refused', async (page) => {
      await signIn(page, MEMBER);
      const dialog = await editDescription(page, entry.id, `Close e2e ${run} (late correction)`);
      const alert = dialog.getByRole('alert').filter({ hasText: `${month} is closed; ask finance to reopen it` });
      await alert.waitFor();
      await saveScreenshot(page, 'close-member-refused');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect((await member.entry(entry.id)).description).toBe(`Close e2e ${run}`);
    }));

  it('lets finance post an adjusting entry for the closed month and see it on the first day of the next month', () =>
    onFreshPage(session, 'close-finance-adjusts', async (page) => {
      await signIn(page, FINANCE);
      await page.goto(`/time/entries?from=${periodKey}-14&to=${periodKey}-14`);
      const row = page.getByRole('row').filter({ hasText: `Close e2e ${run}` });
      await timeScreen(page).openDialog(row.getByRole('button', { name: /^Adjust entry/ }));
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /^Project/ }).filter({ hasText: PROJECT }).waitFor(); // the entry's own project
      await dialog.getByRole('textbox', { name: /Correction/ }).fill('-0:15');
      await dialog.getByRole('button', { name: 'Post adjustment' }).click();
      await dialog.getByText('Required', { exact: true }).waitFor(); // no reason: refused before anything is sent
      await dialog.getByRole('textbox', { name: /Reason/ }).fill(`Quarter hour was a break (e2e ${run})`);
      await saveScreenshot(page, 'close-adjust-dialog');
      await dialog.getByRole('button', { name: 'Post adjustment' }).click();
      await dialog.waitFor({ state: 'detached' });

      const firstOpenDay = `${nextMonth(periodKey)}-01`;
      await page.goto(`/time/entries?from=${firstOpenDay}&to=${firstOpenDay}`);
      const adjustment = page.getByRole('row').filter({ hasText: `Quarter hour was a break (e2e ${run})` });
      await adjustment.waitFor();
      const text = await adjustment.innerText();
      expect(text).toContain('Adjustment');
      expect(text).toContain('-0:15');
      await saveScreenshot(page, 'close-adjustment-listed');
      await adjustment.getByRole('button', { name: 'of the closed entry' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: 'Description' }).waitFor(); // the closed entry opens
      const posted = await finance.adjustmentsOf(entry.id);
      expect(posted.map((item) => [item.day, item.durationSeconds])).toEqual([[firstOpenDay, -900]]);
      expect((await member.entry(entry.id)).description).toBe(`Close e2e ${run}`); // the closed entry is untouched
    }));

  it('lets finance reopen with a mandatory reason, after which the edit succeeds', async () => {
    await onFreshPage(session, 'close-finance-reopens', async (page) => {
      const close = closeScreen(page);
      await signIn(page, FINANCE);
      await page.goto('/close');
      await close.openPeriod(month);
      await close.waitForStatus('Closed');

      await close.openDialog('Reopen…');
      await close.field('Reason').waitFor();
      await close.dialog.getByRole('button', { name: 'Reopen period' }).click();
      await close.dialog.getByText('Required', { exact: true }).waitFor();
      await close.field('Reason').fill(`Late correction of Max's entry (e2e ${run})`);
      await close.dialog.getByRole('button', { name: 'Reopen period' }).click();
      await close.dialog.waitFor({ state: 'detached' });

      await close.waitForStatus('Open');
      const reopened = close.history.getByRole('listitem').filter({ hasText: 'Reopened organisation-wide' }).filter({ hasText: `e2e ${run}` });
      await reopened.waitFor();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await close.history.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'close-history');
    });

    await onFreshPage(session, 'close-member-edits', async (page) => {
      await signIn(page, MEMBER);
      const dialog = await editDescription(page, entry.id, `Close e2e ${run} (late correction)`);
      await dialog.waitFor({ state: 'detached' });
      expect((await member.entry(entry.id)).description).toBe(`Close e2e ${run} (late correction)`);
    });
  });
});
