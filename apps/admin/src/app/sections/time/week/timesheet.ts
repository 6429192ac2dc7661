import { CreateTimeEntryRequest, TimeEntryView } from '@billing/time-tracking/contracts';
import { addSecondsToInstant, wallClockToInstant } from '../shared/local-time';

/** A timesheet line: a project, with or without a task. */
export interface TimesheetLine {
  readonly projectId: string;
  readonly taskId: string | null;
}

export interface TimesheetCell {
  readonly day: string;
  readonly seconds: number;
  /** The entries of this line on this day (by their start, in the organisation's zone), oldest first. */
  readonly entries: readonly TimeEntryView[];
}

export interface TimesheetRow extends TimesheetLine {
  readonly key: string;
  readonly cells: readonly TimesheetCell[];
  readonly totalSeconds: number;
}

export interface Timesheet {
  readonly days: readonly string[];
  readonly rows: readonly TimesheetRow[];
  readonly dayTotals: readonly number[];
  readonly weekTotal: number;
}

/** Manual entries made from an empty cell start at this local time. */
export const NEW_ENTRY_START = '09:00';

export function lineKey(line: TimesheetLine): string {
  return `${line.projectId}/${line.taskId ?? ''}`;
}

/**
 * Sums the week's entries into lines x days. Deleted entries and days outside the week are left out; `extraLines`
 * (added by hand, still empty) get rows too. Rows are ordered by `labelOf`, then by key.
 */
export function buildTimesheet(
  days: readonly string[],
  entries: readonly TimeEntryView[],
  extraLines: readonly TimesheetLine[] = [],
  labelOf: (line: TimesheetLine) => string = lineKey,
): Timesheet {
  const dayIndex = new Map(days.map((day, index) => [day, index]));
  const lines = new Map<string, { line: TimesheetLine; perDay: TimeEntryView[][] }>();
  const lineFor = (line: TimesheetLine) => {
    const key = lineKey(line);
    let found = lines.get(key);
    if (!found) {
      found = { line: { projectId: line.projectId, taskId: line.taskId }, perDay: days.map(() => []) };
      lines.set(key, found);
    }
    return found;
  };
  for (const entry of entries) {
    const index = dayIndex.get(entry.day);
    if (index !== undefined && !entry.deleted) {
      lineFor(entry).perDay[index].push(entry);
    }
  }
  extraLines.forEach(lineFor);

  const rows: TimesheetRow[] = [...lines.entries()].map(([key, { line, perDay }]) => {
    const cells = perDay.map((dayEntries, index) => ({
      day: days[index],
      entries: [...dayEntries].sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
      seconds: dayEntries.reduce((sum, entry) => sum + entry.durationSeconds, 0),
    }));
    return { ...line, key, cells, totalSeconds: cells.reduce((sum, cell) => sum + cell.seconds, 0) };
  });
  const labels = new Map(rows.map((row) => [row.key, labelOf(row)]));
  rows.sort((a, b) => (labels.get(a.key) ?? '').localeCompare(labels.get(b.key) ?? '') || a.key.localeCompare(b.key));
  const dayTotals = days.map((_, index) => rows.reduce((sum, row) => sum + row.cells[index].seconds, 0));
  return { days, rows, dayTotals, weekTotal: dayTotals.reduce((sum, seconds) => sum + seconds, 0) };
}

/** What typing a duration into a cell does. */
export type CellChange =
  | { readonly kind: 'none' }
  | { readonly kind: 'create'; readonly request: CreateTimeEntryRequest }
  | { readonly kind: 'update'; readonly entry: TimeEntryView; readonly endedAt: string }
  | { readonly kind: 'delete'; readonly entry: TimeEntryView }
  /** Several entries: the person picks which to change in the day's entry list. */
  | { readonly kind: 'choose'; readonly entries: readonly TimeEntryView[] }
  | { readonly kind: 'refuse'; readonly reason: string };

/**
 * The semantics of a cell edit: an empty cell creates a manual entry at 09:00 local; a cell with exactly one
 * entry changes that entry's end so it lasts `seconds` (0 or blank deletes it); a cell with several entries opens
 * the list of that day. A running entry changes only by stopping the timer.
 */
export function planCellChange(row: TimesheetLine, cell: TimesheetCell, seconds: number | null, timeZone: string): CellChange {
  const wanted = seconds ?? 0;
  if (cell.entries.length > 1) {
    return { kind: 'choose', entries: cell.entries };
  }
  const [entry] = cell.entries;
  if (!entry) {
    if (wanted === 0) {
      return { kind: 'none' };
    }
    const request: CreateTimeEntryRequest = {
      projectId: row.projectId,
      taskId: row.taskId,
      startedAt: wallClockToInstant(cell.day, NEW_ENTRY_START, timeZone),
      durationSeconds: wanted,
    };
    return { kind: 'create', request };
  }
  if (entry.running) {
    return { kind: 'refuse', reason: 'This entry is running: stop the timer to change it.' };
  }
  if (entry.billed) {
    return { kind: 'refuse', reason: 'This entry is billed and locked.' };
  }
  if (entry.adjustment) {
    return { kind: 'refuse', reason: 'This is an adjusting entry of a closed period: delete it on the Entries page and post it again.' };
  }
  if (wanted === 0) {
    return { kind: 'delete', entry };
  }
  if (wanted === entry.durationSeconds) {
    return { kind: 'none' };
  }
  return { kind: 'update', entry, endedAt: addSecondsToInstant(entry.startedAt, wanted) };
}
