import { Page } from 'playwright-core';
import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { e2eSettings } from './support/e2e-settings';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { chooseOption, setupScreen } from './support/setup-screens';
import { shellScreen } from './support/shell-screen';

/** Unique names per run, so the test also passes against a database that already has data. */
const run = Date.now().toString(36);
const member = { name: `Mia Member ${run}`, email: `mia.${run}@example.com`, password: 'demo-password-123' };
const clientName = `Acme Industries ${run}`;
const projectName = `Website relaunch ${run}`;

async function signIn(page: Page, credentials: { email: string; password: string }): Promise<void> {
  const login = loginScreen(page);
  await login.open();
  await login.signIn(credentials);
  await shellScreen(page).navigation.waitFor();
}

describe('admin app: the Setup section against the api', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    await assertPrerequisites();
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lets an admin create a member, a client and a fixed-fee project with two milestones', () =>
    onFreshPage(session, 'setup-admin', async (page) => {
      const setup = setupScreen(page);
      await signIn(page, e2eSettings.admin);

      await shellScreen(page).navigation.getByRole('link', { name: 'Setup' }).click();
      await page.getByRole('form', { name: 'Organisation settings' }).waitFor();
      await page.getByText('Next numbers:').waitFor();
      await saveScreenshot(page, 'setup-organisation');

      // A member who can sign in right away (used below to check what members see).
      await setup.openTab('Members');
      await setup.openDialog('New member');
      await setup.field('Name').fill(member.name);
      await setup.field('E-mail').fill(member.email);
      await setup.dialog.getByLabel('Initial password (optional)').fill(member.password);
      await saveScreenshot(page, 'setup-member-dialog');
      await setup.submitDialog('Create member');
      await setup.search('Search by name or e-mail', member.email);
      await setup.row('Members', member.name).waitFor();
      await setup.search('Search by name or e-mail', '');
      await saveScreenshot(page, 'setup-members');

      await setup.openTab('Teams');
      await setup.table('Teams').waitFor();
      await saveScreenshot(page, 'setup-teams');

      // A client: tax rate typed as a percent.
      await setup.openTab('Clients');
      await setup.openDialog('New client');
      await setup.field('Name').fill(clientName);
      await setup.dialog.getByRole('combobox', { name: 'Currency' }).fill('EU');
      await page.getByRole('option', { name: 'EUR', exact: true }).click();
      await setup.field('Tax rate').fill('19');
      await setup.submitDialog('Create client');
      await setup.search('Search clients', clientName);
      const clientRow = setup.row('Clients', clientName);
      await clientRow.waitFor();
      expect(await clientRow.innerText()).toContain('19 %');
      await setup.search('Search clients', '');
      await saveScreenshot(page, 'setup-clients');

      // A fixed-fee project: the form shows the fee and milestones only for that model.
      await setup.openTab('Projects');
      await setup.openDialog('New project');
      await chooseOption(page, setup.dialog, 'Client', new RegExp(clientName));
      await setup.field('Name').fill(projectName);
      expect(await setup.dialog.getByRole('textbox', { name: 'Fee', exact: true }).count()).toBe(0);
      await chooseOption(page, setup.dialog, 'Billing model', /^Fixed fee/);
      await setup.field('Fee').fill('10,000');
      await setup.dialog.getByRole('button', { name: 'Add milestone' }).click();
      await setup.field('Milestone 1 name').fill('Design approved');
      await setup.dialog.getByLabel('Milestone 1 due').fill('2026-03-31');
      await setup.field('Milestone 1 amount').fill('4000');
      await setup.dialog.getByRole('button', { name: 'Add milestone' }).click();
      await setup.field('Milestone 2 name').fill('Go-live');
      await setup.dialog.getByLabel('Milestone 2 due').fill('2026-06-30');
      await setup.field('Milestone 2 amount').fill('6000');
      await setup.field('Estimated hours').fill('120');
      await saveScreenshot(page, 'setup-project-dialog');
      await setup.submitDialog('Create project');

      // The new project's page lists both milestones.
      await page.getByRole('heading', { level: 2, name: projectName }).waitFor();
      await setup.row('Milestones', 'Design approved').waitFor();
      await setup.row('Milestones', 'Go-live').waitFor();
      expect(await setup.row('Milestones', 'Go-live').innerText()).toContain('EUR 6,000.00');
      expect(await page.getByText('EUR 10,000.00 of EUR 10,000.00 planned').count()).toBe(1);
      await saveScreenshot(page, 'setup-project-detail');

      // And the projects list shows it with its billing model.
      await setup.openTab('Projects');
      await setup.search('Search projects', projectName);
      const projectRow = setup.row('Projects', projectName);
      await projectRow.waitFor();
      expect(await projectRow.innerText()).toContain('Fixed fee · EUR 10,000.00');
      await setup.search('Search projects', '');
      await saveScreenshot(page, 'setup-projects');
    }));

  it('shows a member no Setup section and keeps them out of it', () =>
    onFreshPage(session, 'setup-member', async (page) => {
      await signIn(page, member);

      const labels = await shellScreen(page).sectionLabels();
      expect(labels).not.toContain('Setup');
      expect(labels.length).toBeGreaterThan(0);

      await page.goto('/setup/clients');
      await page.waitForURL((url) => !url.pathname.startsWith('/setup'));
      expect(await page.getByRole('tablist', { name: 'Setup pages' }).count()).toBe(0);
      await saveScreenshot(page, 'setup-member-shell');
    }));
});
