import { Page } from 'playwright-core';

/** The signed-in application shell: section navigation and the user menu. */
export function shellScreen(page: Page) {
  const navigation = page.getByRole('navigation', { name: 'Sections' });
  const userMenuButton = page.getByRole('button', { name: /^Account menu for / });

  return {
    navigation,
    userMenuButton,
    async sectionLabels(): Promise<string[]> {
      await navigation.getByRole('link').first().waitFor();
      const labels = await navigation.getByRole('link').allInnerTexts();
      return labels.map((label) => label.trim());
    },
    async signOut(): Promise<void> {
      await userMenuButton.click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
    },
  };
}
