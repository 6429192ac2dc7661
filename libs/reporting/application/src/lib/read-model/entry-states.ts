import type { RecordedEvent } from '@billing/event-store';
import {
  evolveTimeEntry,
  type Instant,
  type TimeEntryEvent,
  type TimeEntryState,
} from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';
import type { ReportTables } from './report-tables';

export type KnownEntry = Exclude<TimeEntryState, { status: 'none' }>;

export interface FoldedEntry {
  state: TimeEntryState;
  revision: number;
  /** Recorded-at of the last event folded in: where the row's new version starts. */
  changedAt: string;
}

interface StoredEntryRow {
  entry_id: string;
  member_id: string;
  project_id: string;
  task_id: string | null;
  description: string;
  tags: string[];
  billable: boolean;
  invoice_id: string | null;
  billing_reference: string | null;
  source: string;
  external_id: string | null;
  adjusts_entry_id: string | null;
  adjustment_reason: string | null;
  recorded_at: Date;
  started_at: Date;
  ended_at: Date | null;
  deleted: boolean;
  revision: number;
}

const instant = (date: Date): Instant =>
  date.toISOString().replace('.000Z', 'Z') as Instant;

function stateOf(row: StoredEntryRow): KnownEntry {
  return {
    status: row.deleted
      ? 'deleted'
      : row.ended_at === null
        ? 'running'
        : 'stopped',
    entryId: row.entry_id,
    memberId: row.member_id,
    projectId: row.project_id,
    taskId: row.task_id,
    description: row.description,
    tags: row.tags,
    billable: row.billable,
    billing:
      row.invoice_id !== null
        ? { kind: 'invoice', invoiceId: row.invoice_id }
        : row.billing_reference !== null
          ? { kind: 'reference', reference: row.billing_reference }
          : null,
    source: row.source,
    externalId: row.external_id,
    startedAt: instant(row.started_at),
    endedAt: row.ended_at === null ? null : instant(row.ended_at),
    recordedAt: instant(row.recorded_at),
    ...(row.adjusts_entry_id !== null && {
      adjustment: {
        adjustsEntryId: row.adjusts_entry_id,
        reason: row.adjustment_reason ?? '',
      },
    }),
  } as KnownEntry;
}

/**
 * The entries whose stored rows the fold must read. While replaying from position 0 into empty tables, each event
 * comes exactly once and in order, so an entry whose first event here opens its stream (revision 0) has no row yet:
 * only the others are looked up (a rebuild then reads almost nothing back, however large the table has grown).
 */
function entriesToRead(
  events: readonly RecordedEvent[],
  replaying: boolean,
): string[] {
  const first = new Map<string, number>();
  for (const event of events) {
    const entryId = (event.data as { entryId: string }).entryId;
    if (!first.has(entryId)) first.set(entryId, event.revision);
  }
  return [...first]
    .filter(([, revision]) => !replaying || revision > 0)
    .map(([entryId]) => entryId);
}

/**
 * Folds a run of time-entry events with the aggregate's own `evolve`, starting from the stored rows. Events at or
 * below a row's stored revision were applied already and are skipped.
 */
export async function foldEntries(
  em: EntityManager,
  t: ReportTables,
  events: readonly RecordedEvent[],
  replaying = false,
): Promise<Map<string, FoldedEntry>> {
  const ids = entriesToRead(events, replaying);
  const stored: StoredEntryRow[] =
    ids.length === 0
      ? []
      : await em.query(
          `select entry_id, member_id, project_id, task_id, description, tags, billable, invoice_id, billing_reference, source,
            external_id, adjusts_entry_id, adjustment_reason, recorded_at, started_at, ended_at, deleted, revision
       from ${t.entries} where entry_id = any($1::uuid[])`,
          [ids],
        );
  const folded = new Map<string, FoldedEntry>(
    stored.map((row) => [
      row.entry_id,
      { state: stateOf(row), revision: row.revision, changedAt: '' },
    ]),
  );
  const changed = new Map<string, FoldedEntry>();
  for (const recorded of events) {
    const event = {
      type: recorded.type,
      data: recorded.data,
    } as TimeEntryEvent;
    const entryId = event.data.entryId;
    const current = folded.get(entryId) ?? {
      state: { status: 'none' } as TimeEntryState,
      revision: -1,
      changedAt: '',
    };
    if (recorded.revision <= current.revision) continue;
    const next = {
      state: evolveTimeEntry(current.state, event),
      revision: recorded.revision,
      changedAt: recorded.metadata.recordedAt,
    };
    folded.set(entryId, next);
    changed.set(entryId, next);
  }
  return changed;
}
