import { Page } from 'playwright-core';

/** The login page as a person sees it: found by roles and labels, not by CSS classes. */
export function loginScreen(page: Page) {
  const heading = page.getByRole('heading', { name: 'Sign in', level: 1 });
  const email = page.getByLabel('E-mail', { exact: true });
  const password = page.getByLabel('Password', { exact: true });
  const submit = page.getByRole('button', { name: 'Sign in', exact: true });
  const alert = page.getByRole('alert');

  return {
    heading,
    email,
    password,
    submit,
    alert,
    async open(): Promise<void> {
      await page.goto('/login');
      await heading.waitFor();
    },
    async signIn(credentials: { email: string; password: string }): Promise<void> {
      await email.fill(credentials.email);
      await password.fill(credentials.password);
      await submit.click();
    },
  };
}
