import { epochSeconds } from '../../shared/instant';
import { AuditFinding, AuditSettings, AuditedEntry } from '../audit.types';

/**
 * Entries of the same member whose times intersect (end exclusive: 09:00-10:00 and 10:00-11:00 do not overlap).
 * A running entry lasts until `now`. Each overlapping pair is reported once, on the entry that starts first (on a
 * tie, the lower id).
 */
export function findOverlaps(entries: readonly AuditedEntry[], settings: AuditSettings): AuditFinding[] {
  const now = epochSeconds(settings.now);
  const spans = entries
    .map((entry) => ({
      entry,
      start: epochSeconds(entry.startedAt),
      end: entry.endedAt === null ? Math.max(now, epochSeconds(entry.startedAt)) : epochSeconds(entry.endedAt),
    }))
    .sort((left, right) => left.start - right.start || (left.entry.entryId < right.entry.entryId ? -1 : 1));
  const findings: AuditFinding[] = [];
  spans.forEach((first, index) => {
    for (const second of spans.slice(index + 1)) {
      if (second.start >= first.end) break;
      if (second.entry.memberId !== first.entry.memberId) continue;
      const overlapSeconds = Math.min(first.end, second.end) - second.start;
      if (overlapSeconds > 0) {
        findings.push({ rule: 'overlap', entryId: first.entry.entryId, otherEntryId: second.entry.entryId, overlapSeconds });
      }
    }
  });
  return findings;
}
