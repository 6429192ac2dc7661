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

  it('opens a team reopened out of an organisation-wide close; the others and members without a team stay closed', () => {
    const state = stateOf(closedOrganisationWide(), reopened(false, [TEAM_RED]));
    expect(isDayClosed([state], day('2026-03-15'), TEAM_RED)).toBe(false);
    expect(isDayClosed([state], day('2026-03-15'), TEAM_BLUE)).toBe(true);
    expect(isDayClosed([state], day('2026-03-15'))).toBe(true);
    expect(closedScopesOf(state)).toEqual([{ month: '2026-03', teamId: null, exceptTeamIds: [TEAM_RED] }]);
    expect(periodStatus(state)).toBe('closed');
  });

  it('closes a carved-out team again by name, under the organisation-wide close', () => {
    const state = stateOf(closedOrganisationWide(), reopened(false, [TEAM_RED]), closedForTeams(TEAM_RED));
    expect(isDayClosed([state], day('2026-03-15'), TEAM_RED)).toBe(true);
    expect(closedScopesOf(state)).toEqual([{ month: '2026-03', teamId: null, exceptTeamIds: [] }]);
  });

  it('reopening organisation-wide after a carve-out opens everything; a later organisation-wide close has no exceptions', () => {
    const reopenedAll = stateOf(closedOrganisationWide(), reopened(false, [TEAM_RED]), reopened(true, []));
    expect(isDayClosed([reopenedAll], day('2026-03-15'), TEAM_BLUE)).toBe(false);
    const closedAgain = stateOf(closedOrganisationWide(), reopened(false, [TEAM_RED]), reopened(true, []), closedOrganisationWide());
    expect(isDayClosed([closedAgain], day('2026-03-15'), TEAM_RED)).toBe(true);
  });

  it('a team closed on its own and covered by the organisation-wide close opens when reopened by name', () => {
    const states = [stateOf(closedForTeams(TEAM_RED), closedOrganisationWide(), reopened(false, [TEAM_RED]))];
    expect(isDayClosed(states, day('2026-03-15'), TEAM_RED)).toBe(false);
    expect(isDayClosed(states, day('2026-03-15'), TEAM_BLUE)).toBe(true);
  });

  it('lists the closed scopes for the read model, and the status', () => {
    const state = stateOf(closedForTeams(TEAM_RED), closedOrganisationWide());
    expect(closedScopesOf(state)).toEqual([
      { month: '2026-03', teamId: null, exceptTeamIds: [] },
      { month: '2026-03', teamId: TEAM_RED, exceptTeamIds: [] },
    ]);
    expect(periodStatus(state)).toBe('closed');
    expect(periodStatus(stateOf(closedForTeams(TEAM_RED)))).toBe('closed-for-teams');
    expect(periodStatus(stateOf(closedForTeams(TEAM_RED), reopened(false, [TEAM_RED])))).toBe('open');
    expect(closedScopesOf(periodDecider.initialState)).toEqual([]);
  });
});
