import { Locator, Page } from 'playwright-core';

/** The Report read model panel on Setup > Organisation (organisation managers only). */
export function reportRebuildPanel(page: Page) {
  const panel = page.getByRole('region', { name: 'Report read model' });
  return {
    panel,
    state: panel.getByRole('status', { name: 'Rebuild state' }),
    rebuildButton: panel.getByRole('button', { name: 'Rebuild reports', exact: true }),
    /** The panel's "Started" or "Finished" time. */
    time(label: 'Started' | 'Finished'): Locator {
      return panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    },
  };
}
