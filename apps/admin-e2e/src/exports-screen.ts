import { Queue } from 'bullmq';
import type { Locator, Page } from 'playwright-core';

/** The Export button on a report and the Exports page, as a person sees them. */
export function exportsScreen(page: Page) {
  const status = page.getByTestId('export-status');
  return {
    status,
    progressBar: status.getByRole('progressbar', { name: 'Export progress' }),
    downloadButton: status.getByTestId('export-download'),
    async exportAs(format: 'csv' | 'xlsx' | 'pdf' | 'json'): Promise<void> {
      await page.getByTestId('export-button').click();
      await page.getByTestId(`export-format-${format}`).click();
    },
    exportRow(exportId: string): Locator {
      return page.getByRole('table', { name: 'Recent exports' }).locator(`tr[data-export-id="${exportId}"]`);
    },
  };
}

/**
 * The `exports` queue on the e2e Redis. Pausing it holds a new export in "queued" so the progress bar can be seen
 * before the worker starts; resuming lets the worker run it.
 */
export function exportsQueue(): Queue {
  return new Queue('exports', { connection: { url: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' } });
}
