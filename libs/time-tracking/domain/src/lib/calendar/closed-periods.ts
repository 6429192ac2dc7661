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
}

/** Builds the look-up from a precomputed set of closed months. */
export function closedPeriodLookup(closed: ClosedPeriodSet): IsPeriodClosed {
  const organisationWide = new Set(closed.organisationWide);
  return (date, teamId) => {
    const month = monthKeyOf(date);
    if (organisationWide.has(month)) return true;
    return teamId !== undefined && (closed.byTeam?.[teamId] ?? []).includes(month);
  };
}

export const NOTHING_CLOSED: IsPeriodClosed = () => false;
