import { Locator, Page } from 'playwright-core';

/** Labels of buttons that would change something; an auditor must find none of them enabled. */
export const WRITE_LABELS = /^(save|create|delete|edit|issue|void|close period|close organisation|reopen|remove|rename|add|new|share|revoke|import|start timer|stop timer|mark)/i;

/** The Audit section as an auditor sees it. */
export function auditScreen(page: Page) {
  const tabs = page.getByRole('tablist', { name: 'Audit pages' });
  const log = page.getByRole('table', { name: 'Audit log' });
  const history = page.getByRole('region', { name: 'History' });

  return {
    tabs,
    log,
    history,
    async openTab(label: string): Promise<void> {
      await tabs.getByRole('tab', { name: label, exact: true }).click();
    },
    async filterLog(entityType: string, entityId: string): Promise<void> {
      await page.getByRole('combobox', { name: 'Entity type' }).click();
      await page.getByRole('option', { name: entityType, exact: true }).click();
      await page.getByRole('textbox', { name: 'Entity id' }).fill(entityId);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
    },
    historyEvent(label: string): Locator {
      return history.getByRole('article', { name: label });
    },
    closedPeriod(key: string): Locator {
      return page.getByRole('row', { name: `Closed period ${key}` });
    },
    /**
     * Names of the visible, enabled buttons on the page (menus and dialogs closed), read in one pass in the page so a
     * button that re-renders meanwhile cannot stall the check.
     */
    async enabledButtonNames(): Promise<string[]> {
      return page.locator('button, [role="button"]').evaluateAll((elements) =>
        elements
          .filter((element) => !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true' && (element as HTMLElement).offsetParent !== null)
          .map((element) => (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText).trim()),
      );
    },
  };
}
