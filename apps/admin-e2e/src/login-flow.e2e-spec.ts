import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { e2eSettings } from './support/e2e-settings';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';
import { shellScreen } from './support/shell-screen';

const ALL_SECTIONS = ['Time', 'Reports', 'Billing', 'Close', 'Pace', 'Audit', 'Setup'];

describe('admin app: signing in and out against the api', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    await assertPrerequisites();
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('refuses a wrong password with a clear message', () =>
    onFreshPage(session, 'wrong-password', async (page) => {
      const login = loginScreen(page);
      await login.open();

      await login.signIn({ email: e2eSettings.admin.email, password: `${e2eSettings.admin.password}-wrong` });

      await login.alert.filter({ hasText: 'E-mail or password is incorrect' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await saveScreenshot(page, 'login-wrong-password');
    }));

  it('signs an admin in to the shell with all seven sections, keeps them signed in on reload, and signs out', () =>
    onFreshPage(session, 'admin-sign-in-out', async (page) => {
      const login = loginScreen(page);
      const shell = shellScreen(page);
      await login.open();

      await login.signIn(e2eSettings.admin);

      await shell.navigation.waitFor();
      expect(await shell.sectionLabels()).toEqual(ALL_SECTIONS);
      await page.getByRole('heading', { level: 1, name: 'Time' }).waitFor();
      await saveScreenshot(page, 'shell-admin');

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Time' }).waitFor();
      expect(await shell.sectionLabels()).toEqual(ALL_SECTIONS);

      await shell.signOut();

      await page.waitForURL((url) => url.pathname === '/login', { timeout: e2eSettings.expectTimeoutMs });
      await login.heading.waitFor();
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    }));

  it('keeps a signed-out person out of the shell', () =>
    onFreshPage(session, 'guarded-shell', async (page) => {
      await page.goto('/billing');

      await page.waitForURL((url) => url.pathname === '/login', { timeout: e2eSettings.expectTimeoutMs });
      expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/billing');
    }));
});
