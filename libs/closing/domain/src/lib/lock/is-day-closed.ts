import { LocalDate, TeamId } from '@billing/shared/kernel';
import { PeriodState, isScopeClosed } from '../period/period.state';

/**
 * The write path's question: is this local day (in the organisation's zone) locked for a member of `teamId`
 * (undefined: a member without a team)? True when the day's month is closed organisation-wide, or for that team.
 */
export function isDayClosed(periodStates: readonly PeriodState[], localDate: LocalDate, teamId?: TeamId): boolean {
  const month = localDate.slice(0, 7);
  return periodStates.some((state) => state.periodKey === month && isScopeClosed(state, teamId));
}

/**
 * One row per closed scope of the period: team null for the organisation-wide close, with the teams reopened out of
 * it in `exceptTeamIds`.
 */
export interface ClosedScope {
  month: string;
  teamId: TeamId | null;
  exceptTeamIds: TeamId[];
}

export function closedScopesOf(state: PeriodState): ClosedScope[] {
  if (state.periodKey === null) return [];
  const month = state.periodKey;
  return [
    ...(state.organisationClosed ? [{ month, teamId: null, exceptTeamIds: [...state.reopenedTeamIds] }] : []),
    ...state.closedTeamIds.map((teamId) => ({ month, teamId, exceptTeamIds: [] })),
  ];
}

export type PeriodStatus = 'open' | 'closed' | 'closed-for-teams';

export function periodStatus(state: PeriodState): PeriodStatus {
  if (state.organisationClosed) return 'closed';
  return state.closedTeamIds.length > 0 ? 'closed-for-teams' : 'open';
}
