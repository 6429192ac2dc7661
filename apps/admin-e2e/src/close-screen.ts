import { Locator, Page } from 'playwright-core';
import { type DialogOpener, openDialog } from './support/open-dialog';

/** The Close section as finance sees it: the period list, a period's checklist, its dialogs and its history. */
export function closeScreen(page: Page) {
  const periods = page.getByRole('table', { name: 'Periods' });
  const checklist = page.getByRole('list', { name: 'Checklist items' });
  const history = page.getByRole('list', { name: 'Period history' });
  const status = page.getByRole('status', { name: 'Period status' });
  const dialog = page.getByRole('dialog');

  return {
    periods,
    checklist,
    history,
    status,
    dialog,
    /** One checklist item, e.g. `Members behind on Pace`; its accessible name ends with the summary. */
    item(label: string): Locator {
      return checklist.getByRole('listitem').filter({ has: page.getByText(label, { exact: true }) }).first();
    },
    /** Opens a dialog (a button's name, an element or an action) and waits until it has finished opening. */
    async openDialog(opener: DialogOpener): Promise<void> {
      await openDialog(page, opener);
    },
    async openPeriod(month: string): Promise<void> {
      await periods.getByRole('link', { name: `Review ${month}`, exact: true }).click();
      await page.getByRole('heading', { name: month, level: 2 }).waitFor();
      await checklist.waitFor();
    },
    async waitForStatus(text: string): Promise<void> {
      await status.filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) }).waitFor();
    },
    field(label: string): Locator {
      return dialog.getByRole('textbox', { name: label });
    },
  };
}
