import { Locator, Page } from 'playwright-core';
import { dialogsSettled } from './support/dialogs-settled';
import { type DialogOpener, openDialog } from './support/open-dialog';

/** The Billing section as a person sees it: its tabs, the rates editor, the billing run, invoices and their dialogs. */
export function billingScreen(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Billing pages' });
  const dialog = page.getByRole('dialog');

  return {
    tabs,
    dialog,
    /** Opens a dialog (a button's name, an element or an action) and waits until it has finished opening. */
    async openDialog(opener: DialogOpener): Promise<void> {
      await openDialog(page, opener);
    },
    async openTab(name: 'Invoices' | 'Billing run' | 'Rates' | 'Billing audit'): Promise<void> {
      await tabs.getByRole('tab', { name, exact: true }).click();
    },
    /** Opens a select with the keyboard (an empty one has its floating label over it) and picks an option. */
    async choose(label: string, option: string | RegExp, scope: Page | Locator = page): Promise<void> {
      await dialogsSettled(page);
      await scope.getByRole('combobox', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
      const listbox = page.getByRole('listbox', { name: label, exact: true });
      await listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
      await listbox.waitFor({ state: 'detached' });
    },
    field(name: string | RegExp, scope: Page | Locator = page): Locator {
      return scope.getByRole('textbox', { name });
    },
    billableRates: page.getByRole('region', { name: 'Billable rates' }),
    rateHistory: page.getByRole('table', { name: 'Billable rate history' }),
    addBillableRate: page.getByRole('form', { name: 'Add a billable rate' }),
    runForm: page.getByRole('form', { name: 'Billing run' }),
    proposedDraft: page.getByRole('region', { name: 'Proposed draft' }),
    invoices: page.getByRole('table', { name: 'Invoices' }),
    /** Adds a line to the open draft through the Add line dialog, waiting for the dialog to close on the answer. */
    async addLine(line: { description: string; quantity: string; unitPrice: string }): Promise<void> {
      await openDialog(page, page.getByRole('button', { name: 'Add line', exact: true }));
      await dialog.getByRole('textbox', { name: 'Description' }).fill(line.description);
      await dialog.getByRole('textbox', { name: 'Quantity (units)' }).fill(line.quantity);
      await dialog.getByRole('textbox', { name: /^Price per unit/ }).fill(line.unitPrice);
      await dialog.getByRole('button', { name: 'Add line', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    },
    /** Deletes a line of the open draft, confirming in the dialog. */
    async deleteLine(description: string): Promise<void> {
      await page.getByRole('button', { name: `Delete line ${description}`, exact: true }).click();
      await page.getByRole('dialog', { name: 'Delete line?' }).getByRole('button', { name: 'Delete line', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    },
    /** The invoice's grand total cell, as the server computed it. */
    total(scope: Page | Locator = page): Locator {
      return scope.locator('[data-total="total"]');
    },
  };
}
