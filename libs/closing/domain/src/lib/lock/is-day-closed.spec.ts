import { LocalDate } from '@billing/shared/kernel';
import { foldEvents } from '@billing/shared/kernel';
import { periodDecider } from '../period/period.decider';
import { PeriodEvent } from '../period/period.events';
import { TEAM_BLUE, TEAM_RED, closedForTeams, closedOrganisationWide, reopened } from '../testing/fixtures';
import { closedScopesOf, isDayClosed, periodStatus } from './is-day-closed';

const stateOf = (...events: PeriodEvent[]) => foldEvents(periodDecider, events);
const day = (text: string) => text as LocalDate;

describe('isDayClosed', () => {
  it('locks every day of a month closed organisation-wide, for any team and for members without one', () => {
    const states = [stateOf(closedOrganisationWide())];
    expect(isDayClosed(states, day('2026-03-01'), TEAM_RED)).toBe(true);
    expect(isDayClosed(states, day('2026-03-31'))).toBe(true);
    expect(isDayClosed(states, day('2026-04-01'), TEAM_RED)).toBe(false);
    expect(isDayClosed(states, day('2026-02-28'))).toBe(false);
  });

  it('locks a team close for that team only', () => {
    const states = [stateOf(closedForTeams(TEAM_RED))];
    expect(isDayClosed(states, day('2026-03-15'), TEAM_RED)).toBe(true);
    expect(isDayClosed(states, day('2026-03-15'), TEAM_BLUE)).toBe(false);
    expect(isDayClosed(states, day('2026-03-15'))).toBe(false);
  });

  it('opens again after a reopening, and locks again after the re-close', () => {
    expect(isDayClosed([stateOf(closedOrganisationWide(), reopened(true, []))], day('2026-03-15'))).toBe(false);
    expect(isDayClosed([stateOf(closedOrganisationWide(), reopened(true, []), closedOrganisationWide())], day('2026-03-15'))).toBe(true);
  });

  it('keeps the other team closed when one team is reopened', () => {
    const states = [stateOf(closedForTeams(TEAM_RED, TEAM_BLUE), reopened(false, [TEAM_RED]))];
    expect(isDayClosed(states, day('2026-03-15'), TEAM_RED)).toBe(false);
    expect(isDayClosed(states, day('2026-03-15'), TEAM_BLUE)).toBe(true);
  });

  it('lists the closed scopes for the read model, and the status', () => {
    const state = stateOf(closedForTeams(TEAM_RED), closedOrganisationWide());
    expect(closedScopesOf(state)).toEqual([
      { month: '2026-03', teamId: null },
      { month: '2026-03', teamId: TEAM_RED },
    ]);
    expect(periodStatus(state)).toBe('closed');
    expect(periodStatus(stateOf(closedForTeams(TEAM_RED)))).toBe('closed-for-teams');
    expect(periodStatus(stateOf(closedForTeams(TEAM_RED), reopened(false, [TEAM_RED])))).toBe('open');
    expect(closedScopesOf(periodDecider.initialState)).toEqual([]);
  });
});
