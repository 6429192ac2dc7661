import { LocalDate, TeamId } from '@billing/shared/kernel';
import { monthKeyOf } from './entry-calendar-keys';

/**
 * Look-up the application fills from the closing context: true when the month containing `date` is closed
 * organisation-wide, or closed for `teamId` when a team is given.
 */
export type IsPeriodClosed = (date: LocalDate, teamId?: TeamId) => boolean;

export interface ClosedPeriodSet {
  /** `YYYY-MM` keys closed for everyone. */
  organisationWide: readonly string[];
  /** `YYYY-MM` keys closed for one team only. */
  byTeam?: Readonly<Record<string, readonly string[]>>;
  /** Per organisation-wide `YYYY-MM` key: teams reopened out of that close (a member without a team stays closed). */
  exceptTeams?: Readonly<Record<string, readonly string[]>>;
}

/** Builds the look-up from a precomputed set of closed months. */
export function closedPeriodLookup(closed: ClosedPeriodSet): IsPeriodClosed {
  const organisationWide = new Set(closed.organisationWide);
  return (date, teamId) => {
    const month = monthKeyOf(date);
    if (teamId !== undefined && (closed.byTeam?.[teamId] ?? []).includes(month)) return true;
    if (!organisationWide.has(month)) return false;
    return teamId === undefined || !(closed.exceptTeams?.[month] ?? []).includes(teamId);
  };
}

/** A closed scope as the closing context stores it: team null for organisation-wide, with its carved-out teams. */
export interface ClosedScopeRow {
  month: string;
  teamId: string | null;
  exceptTeamIds: readonly string[];
}

/** Builds the look-up from the closed scopes the month-end close writes (`tt_closed_periods`). */
export function closedPeriodLookupFromScopes(scopes: readonly ClosedScopeRow[]): IsPeriodClosed {
  const byTeam: Record<string, string[]> = {};
  const exceptTeams: Record<string, readonly string[]> = {};
  const organisationWide: string[] = [];
  for (const scope of scopes) {
    if (scope.teamId !== null) {
      (byTeam[scope.teamId] ??= []).push(scope.month);
      continue;
    }
    organisationWide.push(scope.month);
    if (scope.exceptTeamIds.length > 0) exceptTeams[scope.month] = scope.exceptTeamIds;
  }
  return closedPeriodLookup({ organisationWide, byTeam, exceptTeams });
}

export const NOTHING_CLOSED: IsPeriodClosed = () => false;
