/** A report selection: billable, unbilled entries of [from, to], optionally of some clients or projects. */
export interface EntrySelectionDto {
  from: string;
  to: string;
  clientIds?: string[];
  projectIds?: string[];
}

/** POST /api/v1/billing/mark-billed: entries by id, or a report selection, with the external reference. */
export interface MarkBilledRequest {
  entryIds?: string[];
  selection?: EntrySelectionDto;
  reference: string;
}

/** POST /api/v1/billing/mark-unbilled */
export interface MarkUnbilledRequest {
  entryIds: string[];
  reference: string;
  reason?: string;
}

export interface RefusedEntryView {
  entryId: string;
  code: string;
  message: string;
}

/** Both answers: what changed now, what already was so (a retry), what was refused and why. */
export interface MarkResult {
  changed: string[];
  unchanged: string[];
  refused: RefusedEntryView[];
}
