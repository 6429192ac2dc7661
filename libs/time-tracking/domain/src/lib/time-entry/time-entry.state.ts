import { MemberId, TimeEntryId, assertNever } from '@billing/shared/kernel';
import { Instant, addSeconds } from '../shared/instant';
import {
  BillingMark,
  EditableEntryFields,
  EntryChanges,
  FieldChange,
  TimeEntryAdjustmentPosted,
  TimeEntryEvent,
  TimeEntryLogged,
  TimeEntrySource,
} from './time-entry.events';

export interface TimeEntryFacts extends EditableEntryFields {
  entryId: TimeEntryId;
  memberId: MemberId;
  source: TimeEntrySource;
  externalId: string | null;
  recordedAt: Instant;
  /** null while not billed. */
  billing: BillingMark | null;
  /** Only on adjusting entries: the entry corrected and why. */
  adjustment?: AdjustmentFacts;
}

export interface AdjustmentFacts {
  adjustsEntryId: TimeEntryId;
  reason: string;
}

/** running: the timer is on; stopped: a finished entry; deleted: gone from reports, kept in history. */
export type ExistingTimeEntry = { status: 'running' | 'stopped' | 'deleted' } & TimeEntryFacts;
export type TimeEntryState = { status: 'none' } | ExistingTimeEntry;

export const initialTimeEntryState: TimeEntryState = { status: 'none' };

/** Takes the `after` of every listed change; fields not listed keep their value. */
function applyChanges(entry: ExistingTimeEntry, changes: EntryChanges): ExistingTimeEntry {
  const after = <Field extends keyof EntryChanges>(field: Field, current: EditableEntryFields[Field]) =>
    changes[field] === undefined ? current : (changes[field] as FieldChange<EditableEntryFields[Field]>).after;
  return {
    ...entry,
    projectId: after('projectId', entry.projectId),
    taskId: after('taskId', entry.taskId),
    description: after('description', entry.description),
    tags: after('tags', entry.tags),
    billable: after('billable', entry.billable),
    startedAt: after('startedAt', entry.startedAt),
    endedAt: after('endedAt', entry.endedAt),
  };
}

function evolveExisting(
  entry: ExistingTimeEntry,
  event: Exclude<TimeEntryEvent, { type: 'time-entry-started' | 'time-entry-logged' | 'time-entry-adjustment-posted' }>,
): ExistingTimeEntry {
  switch (event.type) {
    case 'time-entry-stopped':
      return { ...entry, status: 'stopped', endedAt: event.data.endedAt };
    case 'time-entry-edited':
      return applyChanges(entry, event.data.changes);
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

/** What a logged entry and an adjusting entry both start from: a finished, unbilled entry with their details. */
function finishedEntryFacts(data: (TimeEntryLogged | TimeEntryAdjustmentPosted)['data']) {
  return {
    status: 'stopped' as const,
    entryId: data.entryId,
    memberId: data.memberId,
    projectId: data.projectId,
    taskId: data.taskId,
    description: data.description,
    tags: data.tags,
    billable: data.billable,
    startedAt: data.startedAt,
    recordedAt: data.recordedAt,
    billing: null,
  };
}

export function evolveTimeEntry(state: TimeEntryState, event: TimeEntryEvent): TimeEntryState {
  switch (event.type) {
    case 'time-entry-started': {
      const { source, ...data } = event.data;
      return { status: 'running', ...data, source, externalId: null, endedAt: null, billing: null };
    }
    case 'time-entry-logged': {
      const data = event.data;
      return { ...finishedEntryFacts(data), source: data.source, externalId: data.externalId, endedAt: data.endedAt };
    }
    case 'time-entry-adjustment-posted': {
      const data = event.data;
      return {
        ...finishedEntryFacts(data),
        source: 'adjustment',
        externalId: null,
        // Before the start for a negative adjustment: end - start is the signed correction.
        endedAt: addSeconds(data.startedAt, data.durationSeconds),
        adjustment: { adjustsEntryId: data.adjustsEntryId, reason: data.reason },
      };
    }
    default:
      return state.status === 'none' ? state : evolveExisting(state, event);
  }
}
