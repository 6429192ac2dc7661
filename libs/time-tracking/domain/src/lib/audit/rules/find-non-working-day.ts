import { entryDay } from '../../calendar/entry-calendar-keys';
import { AuditFinding, AuditSettings, AuditedEntry } from '../audit.types';

/** Entries whose day (local date of the start) is not a working day of their member. */
export function findNonWorkingDay(entry: AuditedEntry, settings: AuditSettings): AuditFinding[] {
  const day = entryDay(entry.startedAt, settings.timeZone);
  return settings.isWorkingDay(entry.memberId, day) ? [] : [{ rule: 'non-working-day', entryId: entry.entryId, day }];
}
