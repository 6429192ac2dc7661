/** Columns of an entry row, in table order: shared by the upsert and the versions the history trigger writes. */
export const ENTRY_COLUMNS = [
  'entry_id',
  'member_id',
  'member_name',
  'project_id',
  'project_name',
  'client_id',
  'client_name',
  'task_id',
  'task_name',
  'team_id',
  'description',
  'tags',
  'billable',
  'billed',
  'invoice_id',
  'billing_reference',
  'source',
  'external_id',
  'adjusts_entry_id',
  'adjustment_reason',
  'recorded_at',
  'started_at',
  'ended_at',
  'local_day',
  'week_key',
  'month_key',
  'tracked_seconds',
  'billable_seconds',
  'rate_minor',
  'amount',
  'cost',
  'currency',
  'cost_currency',
  'deleted',
  'live',
  'revision',
  'changed_at',
] as const;

export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/**
 * Columns whose change makes a new version (what a report counts, groups or filters by). Names are left out: labels
 * come from the dimension tables, and a rename would otherwise copy every row of a project.
 */
export const VERSIONED_COLUMNS: readonly EntryColumn[] = ENTRY_COLUMNS.filter(
  (column) => !column.endsWith('_name') && column !== 'changed_at',
);

/** Set on adjusting entries only (the entry corrected and why); null on every other row. */
export const ADJUSTMENT_COLUMNS = [
  'adjusts_entry_id',
  'adjustment_reason',
] as const satisfies readonly EntryColumn[];
