import { LocalDate, TeamId, assertNever } from '@billing/shared/kernel';
import { PeriodEvent } from './period.events';

/** A month's closing state: what is closed, and its deadline override. Untouched months have the initial state. */
export interface PeriodState {
  /** null until the first event of the stream. */
  periodKey: string | null;
  deadlineOverride: LocalDate | null;
  organisationClosed: boolean;
  /** Teams closed on their own (they stay listed while the organisation-wide close covers them too). */
  closedTeamIds: readonly TeamId[];
  /** How many times the period has been closed; a later close is a re-close. */
  closeCount: number;
}

export const initialPeriodState: PeriodState = {
  periodKey: null,
  deadlineOverride: null,
  organisationClosed: false,
  closedTeamIds: [],
  closeCount: 0,
};

export function evolvePeriod(state: PeriodState, event: PeriodEvent): PeriodState {
  const periodKey = event.data.periodKey;
  switch (event.type) {
    case 'period-deadline-overridden':
      return { ...state, periodKey, deadlineOverride: event.data.deadline };
    case 'period-closed':
      return {
        ...state,
        periodKey,
        organisationClosed: state.organisationClosed || event.data.organisationWide,
        closedTeamIds: [...state.closedTeamIds, ...event.data.teamIds.filter((team) => !state.closedTeamIds.includes(team))],
        closeCount: state.closeCount + 1,
      };
    case 'period-reopened':
      return {
        ...state,
        periodKey,
        organisationClosed: state.organisationClosed && !event.data.organisationWide,
        closedTeamIds: state.closedTeamIds.filter((team) => !event.data.teamIds.includes(team)),
      };
    default:
      return assertNever(event, 'period event');
  }
}

/** True when anything in the period is closed. */
export function isAnythingClosed(state: PeriodState): boolean {
  return state.organisationClosed || state.closedTeamIds.length > 0;
}

/** Whether the scope (the organisation, or one team) is closed: a team is closed by its own close or the organisation's. */
export function isScopeClosed(state: PeriodState, teamId?: TeamId): boolean {
  return state.organisationClosed || (teamId !== undefined && state.closedTeamIds.includes(teamId));
}
