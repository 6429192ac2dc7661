import type { Locator, Page } from 'playwright-core';
import { dialogsSettled } from './dialogs-settled';

/**
 * What opens a dialog: the accessible name of a button on the page (matched as `getByRole` does), the element to
 * click, or an action such as navigating to a link that opens one.
 */
export type DialogOpener = string | RegExp | Locator | (() => Promise<unknown>);

/**
 * Opens a dialog and resolves once it is there and has finished opening, so typing or choosing in it can start: until
 * its opening animation ends, the dialog may still move the focus to its first field (see dialogsSettled).
 */
export async function openDialog(page: Page, opener: DialogOpener): Promise<void> {
  const dialogs = page.getByRole('dialog');
  // Dialogs already open (a confirmation opens over another one): wait for one more than these.
  const before = await dialogs.count();
  if (typeof opener === 'function') await opener();
  else if (typeof opener === 'string' || opener instanceof RegExp) await page.getByRole('button', { name: opener }).click();
  else await opener.click();
  await dialogs.nth(before).waitFor();
  await dialogsSettled(page);
}
