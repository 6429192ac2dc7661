import type { EntityManager } from 'typeorm';
import { type TimeEntryEvent, addSeconds } from '@billing/time-tracking/domain';
import { type LocalDate, localDateOf } from '@billing/shared/kernel';
import { timeZoneOf } from './pace-inputs';
import { recomputeDays } from './recompute-days';

export const TIME_ENTRY_INPUT_TYPES: readonly TimeEntryEvent['type'][] = [
  'time-entry-started',
  'time-entry-stopped',
  'time-entry-logged',
  'time-entry-adjustment-posted',
  'time-entry-edited',
  'time-entry-deleted',
  'time-entry-restored',
];

interface EntryRow {
  member_id: string;
  local_day: LocalDate;
}

async function entryRow(em: EntityManager, entryId: string): Promise<EntryRow | undefined> {
  const rows: EntryRow[] = await em.query('select member_id, local_day from pace_entries where entry_id = $1', [entryId]);
  return rows[0];
}

/**
 * null while a timer runs. An adjusting entry spans its signed seconds from the start of its posting day, so Pace
 * counts the correction (net hours) on that day: end - start is negative when it takes time off.
 */
function endOf(event: Extract<TimeEntryEvent, { type: 'time-entry-started' | 'time-entry-logged' | 'time-entry-adjustment-posted' }>): string | null {
  if (event.type === 'time-entry-started') return null;
  if (event.type === 'time-entry-logged') return event.data.endedAt;
  return addSeconds(event.data.startedAt, event.data.durationSeconds);
}

/** Keeps `pace_entries` (start, end, local day of the start, deleted) and recomputes the days it touched. */
export async function applyTimeEntryEvent(em: EntityManager, event: TimeEntryEvent): Promise<void> {
  const zone = await timeZoneOf(em);
  const before = await entryRow(em, event.data.entryId);
  switch (event.type) {
    case 'time-entry-started':
    case 'time-entry-logged':
    case 'time-entry-adjustment-posted': {
      const endedAt = endOf(event);
      await em.query(
        `insert into pace_entries (entry_id, member_id, started_at, ended_at, local_day, deleted) values ($1, $2, $3, $4, $5, false)
         on conflict (entry_id) do nothing`,
        [event.data.entryId, event.data.memberId, event.data.startedAt, endedAt, localDateOf(new Date(event.data.startedAt), zone)],
      );
      break;
    }
    case 'time-entry-stopped':
      await em.query('update pace_entries set ended_at = $2 where entry_id = $1', [event.data.entryId, event.data.endedAt]);
      break;
    case 'time-entry-edited': {
      const { startedAt, endedAt } = event.data.changes;
      if (startedAt !== undefined) {
        await em.query('update pace_entries set started_at = $2, local_day = $3 where entry_id = $1', [
          event.data.entryId,
          startedAt.after,
          localDateOf(new Date(startedAt.after), zone),
        ]);
      }
      if (endedAt !== undefined) await em.query('update pace_entries set ended_at = $2 where entry_id = $1', [event.data.entryId, endedAt.after]);
      break;
    }
    case 'time-entry-deleted':
    case 'time-entry-restored':
      await em.query('update pace_entries set deleted = $2 where entry_id = $1', [event.data.entryId, event.type === 'time-entry-deleted']);
      break;
    default:
      return; // billed / unbilled do not change Pace
  }
  const after = await entryRow(em, event.data.entryId);
  const row = after ?? before;
  if (row === undefined) return;
  const days = [...new Set([before?.local_day, after?.local_day].filter((day): day is LocalDate => day !== undefined))];
  for (const day of days) await recomputeDays(em, [row.member_id], day, day);
}
