import { Injectable } from '@nestjs/common';
import type { Projection, RecordedEvent } from '@billing/event-store';
import { type TimeZone, UTC, isValidTimeZone } from '@billing/shared/kernel';
import {
  TIME_ENTRY_EVENT_TYPES,
  type TimeEntryEvent,
  type TimeEntryState,
  entryCalendarKeys,
  epochSeconds,
  evolveTimeEntry,
} from '@billing/time-tracking/domain';
import type { EntityManager } from 'typeorm';
import { TimeEntryRow } from './time-entry.row';

export const TIME_ENTRIES_PROJECTION = 'time-tracking-time-entries';

async function organisationZone(em: EntityManager): Promise<TimeZone> {
  const rows: { time_zone: string }[] = await em.query('select time_zone from org_settings limit 1');
  const zone = rows[0]?.time_zone;
  return isValidTimeZone(zone) ? zone : UTC;
}

/** The row for an entry's state, as the aggregate's own evolve sees it (one source of truth for the fields). */
export function rowOf(state: Exclude<TimeEntryState, { status: 'none' }>, revision: number, timeZone: TimeZone): TimeEntryRow {
  const keys = entryCalendarKeys(state.startedAt, timeZone);
  return Object.assign(new TimeEntryRow(), {
    entryId: state.entryId,
    memberId: state.memberId,
    projectId: state.projectId,
    taskId: state.taskId,
    description: state.description,
    tags: state.tags,
    billable: state.billable,
    billing: state.billing,
    source: state.source,
    externalId: state.externalId,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    durationSeconds: state.endedAt === null ? null : epochSeconds(state.endedAt) - epochSeconds(state.startedAt),
    recordedAt: state.recordedAt,
    localDay: keys.day,
    localWeek: keys.week,
    localMonth: keys.month,
    timeZone,
    deleted: state.status === 'deleted',
    adjustsEntryId: state.adjustment?.adjustsEntryId ?? null,
    adjustmentReason: state.adjustment?.reason ?? null,
    revision,
  });
}

function stateOf(row: TimeEntryRow): TimeEntryState {
  return {
    status: row.deleted ? 'deleted' : row.endedAt === null ? 'running' : 'stopped',
    entryId: row.entryId,
    memberId: row.memberId,
    projectId: row.projectId,
    taskId: row.taskId,
    description: row.description,
    tags: row.tags,
    billable: row.billable,
    billing: row.billing,
    source: row.source,
    externalId: row.externalId,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    recordedAt: row.recordedAt,
    ...(row.adjustsEntryId === null ? {} : { adjustment: { adjustsEntryId: row.adjustsEntryId, reason: row.adjustmentReason ?? '' } }),
  } as TimeEntryState;
}

/** `tt_time_entries`: folds each entry stream with the aggregate's evolve and stores the result. */
@Injectable()
export class TimeEntriesProjection implements Projection {
  readonly name = TIME_ENTRIES_PROJECTION;
  readonly filter = { streamPrefixes: ['time-entry-'], eventTypes: TIME_ENTRY_EVENT_TYPES };

  async apply(events: RecordedEvent[], em: EntityManager): Promise<void> {
    const rows = em.getRepository(TimeEntryRow);
    const timeZone = await organisationZone(em);
    const touched = new Map<string, { state: TimeEntryState; revision: number }>();
    for (const recorded of events) {
      const event = { type: recorded.type, data: recorded.data } as TimeEntryEvent;
      const entryId = event.data.entryId;
      let current = touched.get(entryId);
      if (current === undefined) {
        const row = await rows.findOneBy({ entryId });
        current = { state: row === null ? { status: 'none' } : stateOf(row), revision: row?.revision ?? -1 };
      }
      if (recorded.revision <= current.revision) continue; // already applied (idempotent replays)
      touched.set(entryId, { state: evolveTimeEntry(current.state, event), revision: recorded.revision });
    }
    for (const { state, revision } of touched.values()) {
      if (state.status !== 'none') await rows.save(rowOf(state, revision, timeZone));
    }
  }

  async reset(em: EntityManager): Promise<void> {
    await em.query('delete from tt_time_entries');
  }
}
