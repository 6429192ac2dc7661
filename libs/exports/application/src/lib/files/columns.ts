import type { ReportEntry, ReportGroupBy } from '@billing/reporting/contracts';

export const DIMENSION_TITLES: Record<ReportGroupBy, string> = {
  client: 'Client',
  project: 'Project',
  task: 'Task',
  member: 'Member',
  team: 'Team',
  day: 'Day',
  week: 'Week',
  month: 'Month',
};

/**
 * The entry columns of CSV files, in order (columns added later go last, so the earlier positions stay as they were).
 * `cost_minor` is in `cost_currency` (the cost rate's), which need not be `currency` (the amount's).
 */
export const ENTRY_COLUMNS = [
  'entry_id',
  'day',
  'started_at',
  'ended_at',
  'client',
  'project',
  'task',
  'member',
  'description',
  'tags',
  'billable',
  'billed',
  'tracked_seconds',
  'billable_seconds',
  'rate_minor',
  'amount_minor',
  'cost_minor',
  'currency',
  'adjusts_entry_id',
  'adjustment_reason',
  'cost_currency',
] as const;

/** One entry as CSV cells: integer seconds and integer minor units, exactly as stored. */
export function entryCells(entry: ReportEntry): Array<string | number> {
  return [
    entry.entryId,
    entry.day,
    entry.startedAt,
    entry.endedAt,
    entry.clientName,
    entry.projectName,
    entry.taskName ?? '',
    entry.memberName,
    entry.description,
    entry.tags.join(' '),
    entry.billable ? 'yes' : 'no',
    entry.billed ? 'yes' : 'no',
    entry.trackedSeconds,
    entry.billableSeconds,
    entry.rate ?? '',
    entry.amount,
    entry.cost,
    entry.currency ?? '',
    entry.adjustsEntryId ?? '',
    entry.adjustmentReason ?? '',
    entry.costCurrency ?? '',
  ];
}

/** How the PDF marks an adjusting entry in place of its description: the entry it adjusts, and why. */
export function adjustmentLabel(entry: Pick<ReportEntry, 'adjustsEntryId' | 'adjustmentReason'>): string | null {
  return entry.adjustsEntryId === null ? null : `Adjustment of ${entry.adjustsEntryId.slice(0, 8)}: ${entry.adjustmentReason ?? ''}`;
}
