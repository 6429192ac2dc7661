import type { TimeZone } from '@billing/shared/kernel';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { type ExistingTimeEntry, type Instant, countedEntrySeconds, entryCalendarKeys, entryDurationSeconds } from '@billing/time-tracking/domain';
import type { TimeEntryRow } from '../read-models/time-entries/time-entry.row';

/** The view of an entry from its aggregate state (GET /:id, write answers); `adjustmentSeconds`: its live adjustments. */
export function viewOfState(entry: ExistingTimeEntry, revision: number, timeZone: TimeZone, now: Instant, adjustmentSeconds = 0): TimeEntryView {
  const keys = entryCalendarKeys(entry.startedAt, timeZone);
  return {
    id: entry.entryId,
    memberId: entry.memberId,
    projectId: entry.projectId,
    taskId: entry.taskId,
    description: entry.description,
    tags: [...entry.tags],
    billable: entry.billable,
    billed: entry.billing !== null,
    source: entry.source,
    externalId: entry.externalId,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    durationSeconds: countedEntrySeconds(entry, now),
    running: entry.status === 'running',
    deleted: entry.status === 'deleted',
    day: keys.day,
    week: keys.week,
    month: keys.month,
    recordedAt: entry.recordedAt,
    adjustment: entry.adjustment === undefined ? null : { ...entry.adjustment },
    adjustmentSeconds,
    revision,
  };
}

/** The view of a read-model row (lists). */
export function viewOfRow(row: TimeEntryRow, now: Instant, adjustmentSeconds = 0): TimeEntryView {
  return {
    id: row.entryId,
    memberId: row.memberId,
    projectId: row.projectId,
    taskId: row.taskId,
    description: row.description,
    tags: row.tags,
    billable: row.billable,
    billed: row.billing !== null,
    source: row.source,
    externalId: row.externalId,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    durationSeconds: row.durationSeconds ?? entryDurationSeconds({ startedAt: row.startedAt as Instant, endedAt: null }, now),
    running: row.endedAt === null,
    deleted: row.deleted,
    day: row.localDay,
    week: row.localWeek,
    month: row.localMonth,
    recordedAt: row.recordedAt,
    adjustment: row.adjustsEntryId === null ? null : { adjustsEntryId: row.adjustsEntryId, reason: row.adjustmentReason ?? '' },
    adjustmentSeconds,
    revision: row.revision,
  };
}
