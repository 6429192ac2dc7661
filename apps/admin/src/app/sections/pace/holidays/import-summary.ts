import { ImportHolidaysResult } from '@billing/pace/contracts';

/** `2 added, 1 renamed, 3 unchanged, 1 skipped (Team offsite: not a whole day)`. */
export function importSummary(result: ImportHolidaysResult): string {
  const skipped = result.skipped.length
    ? `, ${result.skipped.length} skipped (${result.skipped.map((item) => `${item.summary}: ${item.reason}`).join('; ')})`
    : '';
  return `${result.added.length} added, ${result.renamed.length} renamed, ${result.unchanged.length} unchanged${skipped}`;
}
