import type { Page } from 'playwright-core';

/**
 * Resolves once every dialog has finished opening. A Material dialog moves the focus to its first field when its
 * opening animation ends; on a loaded machine that can come in the middle of typing into another field, and the text
 * then lands in the first one.
 */
export async function dialogsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.mat-mdc-dialog-container:not(.mdc-dialog--open), .mat-mdc-dialog-container.mdc-dialog--opening'),
  );
}
