import { daysBetween, localDateOf } from '@billing/shared/kernel';
import { entryDay } from '../../calendar/entry-calendar-keys';
import { toDate } from '../../shared/instant';
import { AuditFinding, AuditSettings, AuditedEntry } from '../audit.types';

/** Written more than N whole local days after the entry's day: with N = 3, an entry of the 1st is late from the 5th. */
export function findLoggedLate(entry: AuditedEntry, settings: AuditSettings): AuditFinding[] {
  const day = entryDay(entry.startedAt, settings.timeZone);
  const recordedOn = localDateOf(toDate(entry.recordedAt), settings.timeZone);
  const daysLate = daysBetween(day, recordedOn);
  return daysLate > settings.lateAfterDays ? [{ rule: 'logged-late', entryId: entry.entryId, day, recordedOn, daysLate }] : [];
}
