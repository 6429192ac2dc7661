import { Locator, Page } from 'playwright-core';
import { type DialogOpener, openDialog } from './open-dialog';

/** A Material select inside `scope`, found by its label, set to the option with this accessible name. */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The Setup section: its sub-navigation, list pages and their dialogs, found by roles and labels. */
export function setupScreen(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Setup pages' });
  const dialog = page.getByRole('dialog');

  return {
    tabs,
    dialog,
    /** Opens a dialog (a button's name, an element or an action) and waits until it has finished opening. */
    async openDialog(opener: DialogOpener): Promise<void> {
      await openDialog(page, opener);
    },
    async openTab(label: 'Organisation' | 'Members' | 'Teams' | 'Clients' | 'Projects'): Promise<void> {
      await tabs.getByRole('tab', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/setup/${label.toLowerCase()}`);
    },
    table(name: string): Locator {
      return page.getByRole('table', { name, exact: true });
    },
    row(tableName: string, text: string): Locator {
      return page.getByRole('table', { name: tableName, exact: true }).getByRole('row').filter({ hasText: text });
    },
    async search(label: string, text: string): Promise<void> {
      await page.getByRole('searchbox', { name: label }).fill(text);
    },
    field(label: string): Locator {
      return dialog.getByRole('textbox', { name: label, exact: true });
    },
    async submitDialog(buttonName: string): Promise<void> {
      await dialog.getByRole('button', { name: buttonName, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    },
  };
}
