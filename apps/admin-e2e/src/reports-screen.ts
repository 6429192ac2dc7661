import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { e2eSettings } from './support/e2e-settings';
import { type DialogOpener, openDialog } from './support/open-dialog';

/** The Reports section as a person sees it: filter bar, chart, grouped table, save and share dialogs. */
export function reportsScreen(page: Page) {
  const filters = page.getByRole('group', { name: 'Report filters' });
  const table = page.getByRole('table', { name: 'Grouped report' });
  const dialog = page.getByRole('dialog');

  return {
    filters,
    table,
    dialog,
    /** Opens a dialog (a button's name, an element or an action) and waits until it has finished opening. */
    async openDialog(opener: DialogOpener): Promise<void> {
      await openDialog(page, opener);
    },
    /** Opens a select with the keyboard (an empty one has its floating label over it) and picks an option. */
    async choose(label: string, option: string | RegExp): Promise<void> {
      await filters.getByRole('combobox', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
      const listbox = page.getByRole('listbox', { name: label, exact: true });
      await listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
      await listbox.waitFor({ state: 'detached' });
    },
    /** Ticks options in a multi-select, then closes its panel. */
    async pick(label: string, option: string | RegExp): Promise<void> {
      await filters.getByRole('combobox', { name: label, exact: true }).focus();
      await page.keyboard.press('Enter');
      const listbox = page.getByRole('listbox', { name: label, exact: true });
      await listbox.getByRole('option', { name: option }).click();
      await page.keyboard.press('Escape');
      await listbox.waitFor({ state: 'detached' });
    },
    groupRow(name: string): Locator {
      return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: false }) });
    },
    totalsRow(scope: Locator = table): Locator {
      return scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total', exact: true }) });
    },
  };
}

/** The totals row's cells as text: [tracked, billable, billed, amount, cost, profit, entries]. */
export async function totalsCells(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

/** A browser with nothing in it: no profile, no storage, no session; for opening a shared link logged out. */
export class FreshBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly dir: string,
  ) {}

  static async start(): Promise<FreshBrowser> {
    const dir = mkdtempSync(path.join(tmpdir(), 'admin-e2e-fresh-'));
    const browser = await chromium.launch({
      executablePath: e2eSettings.chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
      downloadsPath: dir,
    });
    const context = await browser.newContext({ baseURL: e2eSettings.baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    context.setDefaultTimeout(e2eSettings.expectTimeoutMs);
    return new FreshBrowser(browser, context, dir);
  }

  newPage(): Promise<Page> {
    return this.context.newPage();
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.browser.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
