import { InvoiceId, LocalDate, MemberId, ProjectId, TaskId, TimeEntryId } from '@billing/shared/kernel';
import { DomainEvent } from '../shared/messages';
import { Instant } from '../shared/instant';

/** `adjustment`: a signed correction of an entry in a closed period, posted into an open one. */
export const TIME_ENTRY_SOURCES = ['timer', 'manual', 'calendar', 'api', 'adjustment'] as const;
export type TimeEntrySource = (typeof TIME_ENTRY_SOURCES)[number];
export type LoggedEntrySource = Exclude<TimeEntrySource, 'timer' | 'adjustment'>;

/** What marked an entry billed: an issued invoice, or a reference text for invoicing done in another system. */
export type BillingMark = { kind: 'invoice'; invoiceId: InvoiceId } | { kind: 'reference'; reference: string };

/** The fields an entry carries besides its times. */
export interface TimeEntryDetails {
  projectId: ProjectId;
  /** null: no task. */
  taskId: TaskId | null;
  /** Trimmed; '' when none. */
  description: string;
  /** Normalised by normaliseTags. */
  tags: string[];
  billable: boolean;
}

/** A timer was started: the entry runs from `startedAt` until stopped. Stream `time-entry-<entryId>`. */
export type TimeEntryStarted = DomainEvent<
  'time-entry-started',
  {
    entryId: TimeEntryId;
    memberId: MemberId;
    source: 'timer';
    startedAt: Instant;
    /** When the entry was written (the command's instant); same as startedAt for a timer. */
    recordedAt: Instant;
  } & TimeEntryDetails
>;

export type TimeEntryStopped = DomainEvent<
  'time-entry-stopped',
  { entryId: TimeEntryId; endedAt: Instant; durationSeconds: number }
>;

/** A finished entry was written in one go: by hand, from a calendar, or through the API. */
export type TimeEntryLogged = DomainEvent<
  'time-entry-logged',
  {
    entryId: TimeEntryId;
    memberId: MemberId;
    source: LoggedEntrySource;
    /** Key of the record it was imported from (see calendarExternalId); null for manual entries. */
    externalId: string | null;
    startedAt: Instant;
    endedAt: Instant;
    durationSeconds: number;
    recordedAt: Instant;
  } & TimeEntryDetails
>;

/**
 * An adjusting entry: a signed correction of entry `adjustsEntryId`, whose day lies in a closed period, posted on
 * `day` of an open period; the closed period is left as it was closed. Its own stream `time-entry-<entryId>`, so
 * delete, restore and billing marks apply to it like to any entry. `startedAt` is the first instant of `day` in the
 * organisation's zone; the entry spans its signed seconds from there (see evolve), so every read model that measures
 * end - start counts it signed.
 *
 * Valuation (reports, hourly invoices): like any entry of its posting day, with the rates and the project rounding in
 * force on that day, the rounding applied to the magnitude with the sign kept. Decided so: a correction is booked,
 * priced and invoiced in the period it is posted in, and every reader values it by its own day without a second
 * rate date. While the rate is unchanged between the two days a -X correction cancels +X to the cent; after a rate
 * change it is priced at the posting day's rate (post it with the amount in mind, or as a manual invoice line).
 */
export type TimeEntryAdjustmentPosted = DomainEvent<
  'time-entry-adjustment-posted',
  {
    entryId: TimeEntryId;
    adjustsEntryId: TimeEntryId;
    memberId: MemberId;
    day: LocalDate;
    startedAt: Instant;
    /** Signed, never 0: negative takes time off, positive adds it. */
    durationSeconds: number;
    reason: string;
    recordedAt: Instant;
  } & TimeEntryDetails
>;

export interface EditableEntryFields extends TimeEntryDetails {
  startedAt: Instant;
  endedAt: Instant | null;
}

export type FieldChange<T> = { before: T; after: T };
/** Only the fields that changed, each with its value before and after (the audit diff). */
export type EntryChanges = { [Field in keyof EditableEntryFields]?: FieldChange<EditableEntryFields[Field]> };

export type TimeEntryEdited = DomainEvent<
  'time-entry-edited',
  { entryId: TimeEntryId; changes: EntryChanges; reason: string | null }
>;

/** The entry leaves reports; its history stays. */
export type TimeEntryDeleted = DomainEvent<'time-entry-deleted', { entryId: TimeEntryId; reason: string | null }>;
export type TimeEntryRestored = DomainEvent<'time-entry-restored', { entryId: TimeEntryId; reason: string | null }>;

export type TimeEntryBilled = DomainEvent<'time-entry-billed', { entryId: TimeEntryId; billing: BillingMark }>;
/** The invoice was voided, or a "mark as billed" was undone. */
export type TimeEntryUnbilled = DomainEvent<
  'time-entry-unbilled',
  { entryId: TimeEntryId; billing: BillingMark; reason: string | null }
>;

export type TimeEntryEvent =
  | TimeEntryStarted
  | TimeEntryStopped
  | TimeEntryLogged
  | TimeEntryAdjustmentPosted
  | TimeEntryEdited
  | TimeEntryDeleted
  | TimeEntryRestored
  | TimeEntryBilled
  | TimeEntryUnbilled;

export type TimeEntryEventType = TimeEntryEvent['type'];

/** Every stored name of this stream, e.g. for subscription filters. Never rename one. */
export const TIME_ENTRY_EVENT_TYPES: readonly TimeEntryEventType[] = [
  'time-entry-started',
  'time-entry-stopped',
  'time-entry-logged',
  'time-entry-adjustment-posted',
  'time-entry-edited',
  'time-entry-deleted',
  'time-entry-restored',
  'time-entry-billed',
  'time-entry-unbilled',
];

export function timeEntryStreamId(entryId: TimeEntryId): string {
  return `time-entry-${entryId}`;
}
