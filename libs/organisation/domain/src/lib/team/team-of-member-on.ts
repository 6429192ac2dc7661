import { LocalDate, TeamId } from '@billing/shared/kernel';

/** One effective-dated change: from `from` on (inclusive), the member is in `teamId` (null: in no team). */
export interface TeamMembershipChange {
  from: LocalDate;
  teamId: TeamId | null;
}

/**
 * The team a member belonged to on a date: the latest change whose `from` is on or before the date.
 * Undefined before the first assignment or while unassigned.
 */
export function teamOfMemberOn(
  history: readonly TeamMembershipChange[],
  date: LocalDate,
): TeamId | undefined {
  let current: TeamMembershipChange | undefined;
  for (const change of history) {
    if (
      change.from <= date &&
      (current === undefined || change.from >= current.from)
    ) {
      current = change;
    }
  }
  return current?.teamId ?? undefined;
}

/** Adds a change to a history kept sorted by date; a change on the same date replaces the earlier one. */
export function withMembershipChange(
  history: readonly TeamMembershipChange[],
  change: TeamMembershipChange,
): TeamMembershipChange[] {
  return [
    ...history.filter((existing) => existing.from !== change.from),
    change,
  ].sort((left, right) =>
    left.from < right.from ? -1 : left.from > right.from ? 1 : 0,
  );
}
