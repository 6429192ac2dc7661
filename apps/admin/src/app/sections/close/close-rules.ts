import { ChecklistView, PeriodSummaryView } from '@billing/closing/contracts';

/** The open findings that make a note necessary: the API's count, or the sum of the open items' counts. */
export function openFindings(checklist: Pick<ChecklistView, 'items' | 'openFindings'> | null): number {
  if (!checklist) {
    return 0;
  }
  return checklist.openFindings ?? checklist.items.filter((item) => item.status === 'open').reduce((sum, item) => sum + item.count, 0);
}

/**
 * Whether the scope can still be closed: the month has ended, it is not closed organisation-wide (except teams
 * reopened out of that close, which close again by name), and the team (if one) is not closed on its own already.
 * The server decides; this only hides a button that would be refused.
 */
export function canClose(
  period: Pick<PeriodSummaryView, 'ended' | 'status' | 'closedTeamIds' | 'reopenedTeamIds'> | null,
  teamIds: readonly string[],
): boolean {
  if (!period?.ended) {
    return false;
  }
  if (period.status === 'closed') {
    return teamIds.length > 0 && teamIds.every((teamId) => period.reopenedTeamIds.includes(teamId));
  }
  return teamIds.every((teamId) => !period.closedTeamIds.includes(teamId));
}

/** Teams the reopen dialog offers: out of an organisation-wide close any team not yet reopened, else the closed teams. */
export function reopenableTeamIds(
  period: Pick<PeriodSummaryView, 'status' | 'closedTeamIds' | 'reopenedTeamIds'>,
  activeTeamIds: readonly string[],
): string[] {
  if (period.status === 'closed') {
    return activeTeamIds.filter((teamId) => !period.reopenedTeamIds.includes(teamId));
  }
  return period.status === 'closed-for-teams' && period.closedTeamIds.length > 1 ? [...period.closedTeamIds] : [];
}

export function canReopen(period: Pick<PeriodSummaryView, 'status'> | null): boolean {
  return period !== null && period.status !== 'open';
}
