import { MemberId, TimeEntryId, assertNever } from '@billing/shared/kernel';
import { Instant } from '../shared/instant';
import { BillingMark, EditableEntryFields, TimeEntryEvent, TimeEntrySource } from './time-entry.events';

export interface TimeEntryFacts extends EditableEntryFields {
  entryId: TimeEntryId;
  memberId: MemberId;
  source: TimeEntrySource;
  externalId: string | null;
  recordedAt: Instant;
  /** null while not billed. */
  billing: BillingMark | null;
}

/** running: the timer is on; stopped: a finished entry; deleted: gone from reports, kept in history. */
export type ExistingTimeEntry = { status: 'running' | 'stopped' | 'deleted' } & TimeEntryFacts;
export type TimeEntryState = { status: 'none' } | ExistingTimeEntry;

export const initialTimeEntryState: TimeEntryState = { status: 'none' };

function applyChanges(entry: ExistingTimeEntry, event: Extract<TimeEntryEvent, { type: 'time-entry-edited' }>) {
  const next: ExistingTimeEntry = { ...entry };
  for (const [field, change] of Object.entries(event.data.changes)) {
    (next as unknown as Record<string, unknown>)[field] = (change as { after: unknown }).after;
  }
  return next;
}

function evolveExisting(
  entry: ExistingTimeEntry,
  event: Exclude<TimeEntryEvent, { type: 'time-entry-started' | 'time-entry-logged' }>,
): ExistingTimeEntry {
  switch (event.type) {
    case 'time-entry-stopped':
      return { ...entry, status: 'stopped', endedAt: event.data.endedAt };
    case 'time-entry-edited':
      return applyChanges(entry, event);
    case 'time-entry-deleted':
      return { ...entry, status: 'deleted' };
    case 'time-entry-restored':
      return { ...entry, status: 'stopped' };
    case 'time-entry-billed':
      return { ...entry, billing: event.data.billing };
    case 'time-entry-unbilled':
      return { ...entry, billing: null };
    default:
      return assertNever(event, 'time entry event');
  }
}

export function evolveTimeEntry(state: TimeEntryState, event: TimeEntryEvent): TimeEntryState {
  switch (event.type) {
    case 'time-entry-started': {
      const { source, ...data } = event.data;
      return { status: 'running', ...data, source, externalId: null, endedAt: null, billing: null };
    }
    case 'time-entry-logged': {
      const { durationSeconds: _durationSeconds, ...data } = event.data;
      return { status: 'stopped', ...data, billing: null };
    }
    default:
      return state.status === 'none' ? state : evolveExisting(state, event);
  }
}
