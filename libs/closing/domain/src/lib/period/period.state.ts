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
  /** Teams reopened out of the organisation-wide close (writable while the rest stays closed); empty otherwise. */
  reopenedTeamIds: readonly TeamId[];
  /** How many times the period has been closed; a later close is a re-close. */
  closeCount: number;
}

export const initialPeriodState: PeriodState = {
  periodKey: null,
  deadlineOverride: null,
  organisationClosed: false,
  closedTeamIds: [],
  reopenedTeamIds: [],
  closeCount: 0,
};

export function evolvePeriod(state: PeriodState, event: PeriodEvent): PeriodState {
  const periodKey = event.data.periodKey;
  switch (event.type) {
    case 'period-deadline-overridden':
      return { ...state, periodKey, deadlineOverride: event.data.deadline };
    case 'period-closed':
      // Closing teams carved out of an organisation-wide close puts them back under it.
      if (state.organisationClosed && !event.data.organisationWide) {
        return {
          ...state,
          periodKey,
          reopenedTeamIds: without(state.reopenedTeamIds, event.data.teamIds),
          closeCount: state.closeCount + 1,
        };
      }
      return {
        ...state,
        periodKey,
        organisationClosed: state.organisationClosed || event.data.organisationWide,
        closedTeamIds: [...state.closedTeamIds, ...without(event.data.teamIds, state.closedTeamIds)],
        reopenedTeamIds: event.data.organisationWide ? [] : state.reopenedTeamIds,
        closeCount: state.closeCount + 1,
      };
    case 'period-reopened': {
      const organisationClosed = state.organisationClosed && !event.data.organisationWide;
      // A team reopened while the organisation-wide close holds is carved out of it.
      const carvedOut = organisationClosed ? without(event.data.teamIds, state.reopenedTeamIds) : [];
      return {
        ...state,
        periodKey,
        organisationClosed,
        closedTeamIds: without(state.closedTeamIds, event.data.teamIds),
        reopenedTeamIds: organisationClosed ? [...state.reopenedTeamIds, ...carvedOut] : [],
      };
    }
    default:
      return assertNever(event, 'period event');
  }
}

function without(teams: readonly TeamId[], removed: readonly TeamId[]): TeamId[] {
  return teams.filter((team) => !removed.includes(team));
}

/** True when anything in the period is closed. */
export function isAnythingClosed(state: PeriodState): boolean {
  return state.organisationClosed || state.closedTeamIds.length > 0;
}

/**
 * Whether the scope (the organisation, or one team) is closed: a team is closed by its own close, or by the
 * organisation's unless it was reopened out of it.
 */
export function isScopeClosed(state: PeriodState, teamId?: TeamId): boolean {
  if (teamId === undefined) return state.organisationClosed;
  if (state.closedTeamIds.includes(teamId)) return true;
  return state.organisationClosed && !state.reopenedTeamIds.includes(teamId);
}
