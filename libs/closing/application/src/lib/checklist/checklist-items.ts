import {
  type ChecklistFinding,
  type ChecklistItem,
  checklistItem,
  unavailableItem,
} from '@billing/closing/domain';
import type { MemberId, TimeEntryId } from '@billing/shared/kernel';
import type { AuditFinding } from '@billing/time-tracking/domain';
import type { PeriodEntryRow } from './period-entries';

const entryFinding = (row: PeriodEntryRow, reason: string, seconds?: number): ChecklistFinding => ({
  target: { kind: 'entry', entryId: row.entry_id as TimeEntryId },
  memberId: row.member_id as MemberId,
  day: row.local_day,
  reason,
  ...(seconds === undefined ? {} : { seconds }),
});

/** Timers still running on an entry of the period: they would end in a closed period. */
export function runningTimers(entries: readonly PeriodEntryRow[]): ChecklistItem {
  return checklistItem(
    'running-timers',
    entries.filter((row) => row.ended_at === null).map((row) => entryFinding(row, 'running-since')),
  );
}

/** Billable, finished, not billed: per member, with the seconds. Informational: invoices often follow the close. */
export function unbilledBillableHours(entries: readonly PeriodEntryRow[]): ChecklistItem {
  const perMember = new Map<string, number>();
  for (const row of entries) {
    if (!row.billable || row.billed || row.duration_seconds === null) continue;
    perMember.set(row.member_id, (perMember.get(row.member_id) ?? 0) + row.duration_seconds);
  }
  const findings: ChecklistFinding[] = [...perMember].map(([memberId, seconds]) => ({
    target: { kind: 'member', memberId: memberId as MemberId },
    memberId: memberId as MemberId,
    reason: 'unbilled',
    seconds,
  }));
  const total = [...perMember.values()].reduce((sum, seconds) => sum + seconds, 0);
  return checklistItem('unbilled-billable-hours', findings, {
    informational: true,
    seconds: total,
    explanation: 'Billable hours not yet invoiced or marked billed; they do not hold the close up.',
  });
}

/** The time-tracking quality audit over the period's entries, one finding per entry and rule. */
export function qualityFindings(entries: readonly PeriodEntryRow[], findings: readonly AuditFinding[]): ChecklistItem {
  const byId = new Map(entries.map((row) => [row.entry_id, row]));
  return checklistItem(
    'quality-findings',
    findings.flatMap((finding) => {
      const row = byId.get(finding.entryId);
      return row === undefined ? [] : [entryFinding(row, finding.rule)];
    }),
  );
}

/** No work schedules yet: expected hours are unknown, so nobody is reported behind (rather than a made-up figure). */
export const membersBehindPace = (): ChecklistItem =>
  unavailableItem('members-behind-pace', 'Not available until Pace: there are no work schedules to compare tracked hours with yet.');

/** Without the report read model (where entries are valued), whether an entry has a rate cannot be told. */
export const entriesWithoutRate = (): ChecklistItem =>
  unavailableItem('entries-without-rate', 'Not available: entries are valued in the report read model, which this host does not run.');
