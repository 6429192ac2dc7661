import type { TimeAuditFinding } from '@billing/time-tracking/contracts';
import type { AuditFinding } from '@billing/time-tracking/domain';
import type { TimeEntryRow } from '../../read-models/time-entries/time-entry.row';

/** A domain finding with the entry's facts the audit list shows, and its rule-specific figures. */
export function findingView(finding: AuditFinding, entry: TimeEntryRow): TimeAuditFinding {
  const details = Object.fromEntries(Object.entries(finding).filter(([key]) => key !== 'rule' && key !== 'entryId'));
  return {
    rule: finding.rule,
    entryId: entry.entryId,
    memberId: entry.memberId,
    projectId: entry.projectId,
    day: entry.localDay,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    description: entry.description,
    details: details as Record<string, string | number>,
  };
}
