import { Page } from 'playwright-core';
import { BillingApiSetup, PeriodBody } from './billing-api-setup';
import { billingScreen } from './billing-screen';
import { hoursText, lastMonthOf } from './reports-api-setup';
import { reportsScreen, totalsCells } from './reports-screen';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';
import { todayIn } from './time-api-setup';

/** The demo finance person the api seeds (libs/organisation/application seed). */
const FINANCE = { email: 'finance@example.com', password: 'demo-password-123' };
const MAX = 'Max Member';
/** 2 h + 1.5 h last month on the spec's own project. */
const BILLABLE_SECONDS = 2 * 3600 + 5400;

async function signIn(page: Page): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(FINANCE);
  await shellScreen(page).navigation.waitFor();
}

/**
 * Last month's report for the client in the Reports section: the billed column reads `billed`; the amount is the
 * hours at the project rate (3.5 h x EUR 120.00), billed or not.
 */
async function expectReport(page: Page, client: string, billed: string): Promise<void> {
  const reports = reportsScreen(page);
  await page.goto('/reports/report');
  await reports.choose('Period', 'Last month');
  await reports.pick('Clients', client);
  const totals = reports.totalsRow();
  await totals.filter({ hasText: hoursText(BILLABLE_SECONDS) }).waitFor();
  const cells = await totalsCells(totals);
  // [tracked, billable, billed, amount, cost, profit, entries]
  expect(cells.slice(0, 4)).toEqual([hoursText(BILLABLE_SECONDS), hoursText(BILLABLE_SECONDS), billed, 'EUR 420.00']);
  expect(cells[6]).toBe('2');
}

describe('admin app: the Billing section against the api', () => {
  let session: BrowserSession;
  let api: BillingApiSetup;
  let period: PeriodBody;
  let clientId: string;
  const run = Date.now().toString(36);
  const client = `Billing e2e client ${run}`;
  const project = `Billing e2e project ${run}`;

  beforeAll(async () => {
    await assertPrerequisites();
    api = await BillingApiSetup.signIn(FINANCE);
    period = lastMonthOf(todayIn(await api.timeZone()));
    const max = await api.memberId(MAX);
    clientId = await api.createClient(client);
    const projectId = await api.createHourlyProject(clientId, project, max);
    // Mid-day UTC on the 3rd and 4th: the same days in any European zone, well inside last month.
    const at = (day: number) => `${period.from.slice(0, 8)}${String(day).padStart(2, '0')}T10:00:00Z`;
    await api.logTime({ memberId: max, projectId, startedAt: at(3), durationSeconds: 2 * 3600, description: `Design review ${run}` });
    await api.logTime({ memberId: max, projectId, startedAt: at(4), durationSeconds: 5400, description: `Fixes ${run}` });
    const counted = await api.reportOnce(period, clientId, (totals) => totals.entryCount === 2);
    expect(counted).toMatchObject({ entryCount: 2, billableSeconds: BILLABLE_SECONDS, billedSeconds: 0 });
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets finance set a project rate, bill last month, edit, add and delete lines, issue, see the hours billed, void, and see them unbilled', () =>
    onFreshPage(session, 'billing-finance', async (page) => {
      const billing = billingScreen(page);
      await page.setViewportSize({ width: 1280, height: 1200 });
      await signIn(page);
      await shellScreen(page).navigation.getByRole('link', { name: 'Billing' }).click();
      await page.waitForURL((url) => url.pathname === '/billing/invoices');

      // Rates: EUR 120.00 an hour on the project from the first day of last month.
      await billing.openTab('Rates');
      await billing.choose('Level', 'Project', billing.billableRates);
      await billing.choose('Project', project, billing.billableRates);
      await billing.billableRates.getByText('No rate at this level yet.').waitFor();
      await billing.field(/^Rate per hour \(EUR\)/, billing.addBillableRate).fill('120');
      await billing.field('Valid from', billing.addBillableRate).fill(period.from);
      await billing.addBillableRate.getByRole('button', { name: 'Add rate' }).click();
      const rate = billing.rateHistory.getByRole('row').filter({ hasText: period.from });
      await rate.filter({ hasText: 'EUR 120.00' }).filter({ hasText: 'Current' }).waitFor();
      await page.getByLabel('Current billable rate').filter({ hasText: 'EUR 120.00 per hour' }).waitFor();
      await saveScreenshot(page, 'billing-rates');

      // Billing run for the client over last month (the default period): 3.5 h x 120 = 420.00, 19 % tax 79.80.
      await billing.openTab('Billing run');
      expect(await billing.field('From', billing.runForm).inputValue()).toBe(period.from);
      expect(await billing.field('To', billing.runForm).inputValue()).toBe(period.to);
      await billing.choose('Client', client, billing.runForm);
      await billing.runForm.getByRole('button', { name: 'Run billing' }).click();
      await billing.proposedDraft.getByRole('heading', { name: `Proposed draft for ${client}` }).waitFor();
      await billing.total(billing.proposedDraft).filter({ hasText: 'EUR 499.80' }).waitFor();
      expect(await billing.proposedDraft.getByRole('row').filter({ hasText: `${project}: ` }).innerText()).toContain('3.50 h');
      await saveScreenshot(page, 'billing-run');
      await billing.proposedDraft.getByRole('link', { name: 'Open draft' }).click();
      await page.getByRole('heading', { name: /^Draft invoice/ }).waitFor();

      // Edit the line: a description and 10 % off; the totals are the server's answer: 420.00 - 42.00 = 378.00,
      // tax round(378.00 x 19 %) = 71.82, total 449.82.
      await billing.openDialog(/^Edit line /);
      await billing.field('Description', billing.dialog).fill(`Consulting, ${project}`);
      await billing.choose('Discount', 'Percent', billing.dialog);
      await billing.field('Discount (%)', billing.dialog).fill('10');
      await billing.dialog.getByRole('button', { name: 'Save line' }).click();
      await billing.dialog.waitFor({ state: 'detached' });
      await billing.total().filter({ hasText: 'EUR 449.82' }).waitFor();
      await page.getByRole('row').filter({ hasText: `Consulting, ${project}` }).filter({ hasText: '10 %' }).waitFor();
      await saveScreenshot(page, 'billing-draft-edited');

      // Add a line, then a second one and delete it again; the totals are each time the server's answer.
      // 378.00 + 2 x 50.00 = 478.00, tax 90.82, total 568.82; with 1 x 30.00 more: 508.00, tax 96.52, total 604.52.
      await billing.addLine({ description: `Workshop ${run}`, quantity: '2', unitPrice: '50' });
      await billing.total().filter({ hasText: 'EUR 568.82' }).waitFor();
      await page.getByRole('row').filter({ hasText: `Workshop ${run}` }).filter({ hasText: 'EUR 100.00' }).waitFor();
      await billing.addLine({ description: `Travel ${run}`, quantity: '1', unitPrice: '30' });
      await billing.total().filter({ hasText: 'EUR 604.52' }).waitFor();
      await billing.deleteLine(`Travel ${run}`);
      await billing.total().filter({ hasText: 'EUR 568.82' }).waitFor();
      expect(await page.getByRole('row').filter({ hasText: `Travel ${run}` }).count()).toBe(0);
      await saveScreenshot(page, 'billing-draft-lines-added');

      // Issue: the next gapless number.
      await page.getByRole('button', { name: 'Issue invoice' }).click();
      await page.getByRole('dialog', { name: 'Issue invoice?' }).getByRole('button', { name: 'Issue', exact: true }).click();
      const heading = page.getByRole('heading', { name: /^Invoice \S+/ });
      await heading.waitFor();
      const number = /^Invoice (\S+)/.exec((await heading.innerText()).trim())?.[1] ?? '';
      expect(number).toMatch(/\d/);
      await page.getByText('Issued', { exact: true }).waitFor();
      await saveScreenshot(page, 'billing-issued');

      // The report shows the hours billed once its read model has the marks.
      const billed = await api.reportOnce(period, clientId, (totals) => totals.billedSeconds === BILLABLE_SECONDS);
      expect(billed).toMatchObject({ billedSeconds: BILLABLE_SECONDS, amount: 42000, currency: 'EUR' });
      await expectReport(page, client, hoursText(BILLABLE_SECONDS));
      await saveScreenshot(page, 'billing-report-billed');

      // The invoice list filtered to issued ones has it; void it with a reason.
      await page.goto('/billing/invoices');
      await billing.choose('Status', 'Issued');
      const row = billing.invoices.getByRole('row').filter({ hasText: number });
      await row.filter({ hasText: client }).filter({ hasText: 'EUR 568.82' }).waitFor();
      await row.getByRole('link', { name: number }).click();
      await billing.openDialog('Void invoice…');
      await billing.dialog.getByRole('button', { name: 'Void invoice' }).click();
      await billing.dialog.getByText('Required', { exact: true }).waitFor();
      await billing.field('Reason', billing.dialog).fill(`Wrong discount (e2e ${run})`);
      await billing.dialog.getByRole('button', { name: 'Void invoice' }).click();
      await billing.dialog.waitFor({ state: 'detached' });
      await page.getByText('Void', { exact: true }).waitFor();
      await page.getByRole('heading', { name: `Invoice ${number}` }).waitFor();
      await saveScreenshot(page, 'billing-voided');

      const unbilled = await api.reportOnce(period, clientId, (totals) => totals.billedSeconds === 0);
      expect(unbilled).toMatchObject({ billedSeconds: 0, amount: 42000 });
      await expectReport(page, client, hoursText(0));
      await saveScreenshot(page, 'billing-report-unbilled');
    }));
});
