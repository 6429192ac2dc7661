import { ChecklistView, PeriodSummaryView } from '@billing/closing/contracts';

/** The open findings that make a note necessary: the API's count, or the sum of the open items' counts. */
export function openFindings(checklist: Pick<ChecklistView, 'items' | 'openFindings'> | null): number {
  if (!checklist) {
    return 0;
  }
  return checklist.openFindings ?? checklist.items.filter((item) => item.status === 'open').reduce((sum, item) => sum + item.count, 0);
}

/**
 * Whether the scope can still be closed: the month has ended, it is not closed organisation-wide, and the team
 * (if one) is not closed on its own already. The server decides; this only hides a button that would be refused.
 */
export function canClose(period: Pick<PeriodSummaryView, 'ended' | 'status' | 'closedTeamIds'> | null, teamIds: readonly string[]): boolean {
  if (!period?.ended || period.status === 'closed') {
    return false;
  }
  return teamIds.every((teamId) => !period.closedTeamIds.includes(teamId));
}

export function canReopen(period: Pick<PeriodSummaryView, 'status'> | null): boolean {
  return period !== null && period.status !== 'open';
}
