import { TimeAuditFinding } from '@billing/time-tracking/contracts';
import { findingDetail } from './audit-rules';

const finding = (rule: TimeAuditFinding['rule'], details: TimeAuditFinding['details']): TimeAuditFinding => ({
  rule,
  details,
  entryId: 'e',
  memberId: 'm',
  projectId: 'p',
  day: '2026-03-10',
  startedAt: '2026-03-10T08:00:00Z',
  endedAt: '2026-03-10T09:00:00Z',
  description: '',
});

describe('audit findings in words', () => {
  it('names the rule-specific figures', () => {
    expect(findingDetail(finding('overlap', { otherEntryId: 'x', overlapSeconds: 1800 }))).toBe('Overlaps another entry by 0:30');
    expect(findingDetail(finding('logged-late', { daysLate: 4, recordedOn: '2026-03-14' }))).toBe('4 days late (recorded 2026-03-14)');
    expect(findingDetail(finding('entry-over-12h', { durationSeconds: 46_800 }))).toBe('13:00 long');
    expect(findingDetail(finding('running-over-24h', { runningSeconds: 90_000 }))).toBe('25:00 running');
    expect(findingDetail(finding('missing-task', {}))).toBe('Task missing');
  });
});
