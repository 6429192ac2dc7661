import { BrowserSession, onFreshPage, saveScreenshot } from './support/browser-session';
import { e2eSettings } from './support/e2e-settings';
import { loginScreen } from './support/login-screen';
import { assertPrerequisites } from './support/preflight';

describe('admin app: login page', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    await assertPrerequisites();
    session = await BrowserSession.start();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens on the login page with a heading, an e-mail and a password field', () =>
    onFreshPage(session, 'login-page', async (page) => {
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === '/login', { timeout: e2eSettings.expectTimeoutMs });
      const login = loginScreen(page);

      await login.heading.waitFor();
      await login.email.waitFor();
      await login.password.waitFor();
      expect(await login.email.getAttribute('type')).toBe('email');
      expect(await login.password.getAttribute('type')).toBe('password');
      expect(await page.title()).toBe('Sign in · Ledgerline');
      await page.evaluate(() => document.fonts.ready);
      await saveScreenshot(page, 'login-page');
    }));

  it('says which fields are missing instead of sending an empty form', () =>
    onFreshPage(session, 'login-validation', async (page) => {
      const login = loginScreen(page);
      await login.open();

      await login.submit.click();

      await page.getByText('Enter your e-mail address').waitFor();
      await page.getByText('Enter your password').waitFor();
      await saveScreenshot(page, 'login-validation');
    }));
});
