import { Locator, Page } from 'playwright-core';

/** The Billing section as a person sees it: its tabs, the rates editor, the billing run, invoices and their dialogs. */
export function billingScreen(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Billing pages' });
  const dialog = page.getByRole('dialog');

  return {
    tabs,
    dialog,
    async openTab(name: 'Invoices' | 'Billing run' | 'Rates' | 'Billing audit'): Promise<void> {
      await tabs.getByRole('tab', { name, exact: true }).click();
    },
    /** Opens a select with the keyboard (an empty one has its floating label over it) and picks an option. */
    async choose(label: string, option: string | RegExp, scope: Page | Locator = page): Promise<void> {
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
    /** The invoice's grand total cell, as the server computed it. */
    total(scope: Page | Locator = page): Locator {
      return scope.locator('[data-total="total"]');
    },
  };
}
