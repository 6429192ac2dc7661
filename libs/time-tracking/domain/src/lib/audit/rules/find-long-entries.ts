import { entryDurationSeconds } from '../../calendar/entry-duration';
import { AuditFinding, AuditSettings, AuditedEntry } from '../audit.types';

export const DEFAULT_LONG_ENTRY_SECONDS = 43_200; // 12 h x 3,600 s
export const DEFAULT_LONG_RUNNING_SECONDS = 86_400; // 24 h x 3,600 s

/** Finished entries strictly longer than 12 h, and timers running strictly longer than 24 h. */
export function findLongEntries(entry: AuditedEntry, settings: AuditSettings): AuditFinding[] {
  const seconds = entryDurationSeconds(entry, settings.now);
  if (entry.endedAt === null) {
    return seconds > (settings.longRunningSeconds ?? DEFAULT_LONG_RUNNING_SECONDS)
      ? [{ rule: 'running-over-24h', entryId: entry.entryId, runningSeconds: seconds }]
      : [];
  }
  return seconds > (settings.longEntrySeconds ?? DEFAULT_LONG_ENTRY_SECONDS)
    ? [{ rule: 'entry-over-12h', entryId: entry.entryId, durationSeconds: seconds }]
    : [];
}
