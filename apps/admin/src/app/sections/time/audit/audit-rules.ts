import { AuditRuleName, TimeAuditFinding } from '@billing/time-tracking/contracts';
import { formatDuration } from '../shared/duration-text';

export const AUDIT_RULE_LABELS: Readonly<Record<AuditRuleName, string>> = {
  overlap: 'Overlaps another entry',
  'entry-over-12h': 'Longer than 12 h',
  'running-over-24h': 'Timer running over 24 h',
  'missing-task': 'Task missing',
  'missing-description': 'Description missing',
  'non-working-day': 'On a non-working day',
  'logged-late': 'Logged late',
};

function numberOf(details: TimeAuditFinding['details'], key: string): number | null {
  const value = details[key];
  return typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
}

/** The rule-specific figures in words: "overlaps by 0:30", "3 days late (recorded 2026-03-14)". */
export function findingDetail(finding: TimeAuditFinding): string {
  const { details } = finding;
  switch (finding.rule) {
    case 'overlap': {
      const seconds = numberOf(details, 'overlapSeconds');
      return seconds === null ? 'Overlaps another entry' : `Overlaps another entry by ${formatDuration(seconds)}`;
    }
    case 'logged-late': {
      const days = numberOf(details, 'daysLate');
      const recorded = typeof details['recordedOn'] === 'string' ? ` (recorded ${details['recordedOn']})` : '';
      return days === null ? `Logged late${recorded}` : `${days} ${days === 1 ? 'day' : 'days'} late${recorded}`;
    }
    case 'entry-over-12h':
    case 'running-over-24h': {
      const seconds = numberOf(details, 'durationSeconds') ?? numberOf(details, 'runningSeconds');
      return seconds === null ? AUDIT_RULE_LABELS[finding.rule] : `${formatDuration(seconds)} ${finding.rule === 'running-over-24h' ? 'running' : 'long'}`;
    }
    default:
      return AUDIT_RULE_LABELS[finding.rule];
  }
}
