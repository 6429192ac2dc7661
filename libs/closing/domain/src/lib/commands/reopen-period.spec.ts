import { ConflictError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { periodDecider } from '../period/period.decider';
import { ReopenPeriod } from '../period/period.commands';
import { AFTER_MARCH, FINANCE, TEAM_BLUE, TEAM_RED, closedForTeams, closedOrganisationWide, context, reopened } from '../testing/fixtures';

const reopen = (data: Partial<ReopenPeriod['data']> = {}): ReopenPeriod => ({
  type: 'reopen-period',
  actorId: FINANCE,
  at: AFTER_MARCH,
  data: { periodKey: '2026-03', reason: 'Late corrections', ...data },
});

describe('reopen a period', () => {
  const period = spec(periodDecider, context);

  it('reopens an organisation-wide close with the reason', () => {
    period.given([closedOrganisationWide()]).when(reopen()).then([reopened(true, [])]);
  });

  it('reopening organisation-wide also opens the teams closed on their own, and lists them', () => {
    period.given([closedForTeams(TEAM_RED), closedOrganisationWide()]).when(reopen()).then([reopened(true, [TEAM_RED])]);
  });

  it('reopens everything closed for teams when no team is named', () => {
    period.given([closedForTeams(TEAM_RED, TEAM_BLUE)]).when(reopen()).then([reopened(false, [TEAM_RED, TEAM_BLUE])]);
  });

  it('reopens one team, the other stays closed', () => {
    period.given([closedForTeams(TEAM_RED, TEAM_BLUE)]).when(reopen({ teamIds: [TEAM_RED] })).then([reopened(false, [TEAM_RED])]);
  });

  it('refuses to reopen an open period', () => {
    period.given([]).when(reopen()).thenThrows(ConflictError, (error) => error.code === 'PERIOD_NOT_CLOSED');
  });

  it('refuses to reopen a period already reopened', () => {
    period
      .given([closedOrganisationWide(), reopened(true, [])])
      .when(reopen())
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_NOT_CLOSED');
  });

  it('refuses to reopen a team that is not closed, naming it', () => {
    period
      .given([closedForTeams(TEAM_RED)])
      .when(reopen({ teamIds: [TEAM_BLUE] }))
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_NOT_CLOSED' && JSON.stringify(error.details['teamIds']) === JSON.stringify([TEAM_BLUE]));
  });

  it('carves one team out of an organisation-wide close (the rest stays closed)', () => {
    period.given([closedOrganisationWide()]).when(reopen({ teamIds: [TEAM_RED] })).then([reopened(false, [TEAM_RED])]);
  });

  it('refuses to carve out a team that was already reopened, naming it', () => {
    period
      .given([closedOrganisationWide(), reopened(false, [TEAM_RED])])
      .when(reopen({ teamIds: [TEAM_RED, TEAM_BLUE] }))
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_NOT_CLOSED' && JSON.stringify(error.details['teamIds']) === JSON.stringify([TEAM_RED]));
  });

  it('reopens organisation-wide after a carve-out', () => {
    period.given([closedOrganisationWide(), reopened(false, [TEAM_RED])]).when(reopen()).then([reopened(true, [])]);
  });

  it.each([undefined, '', '   '])('refuses a missing or blank reason (%p) with 400 naming reason', (reason) => {
    period
      .given([closedOrganisationWide()])
      .when(reopen({ reason: reason as string }))
      .thenThrows(ValidationError, (error) => error.fields.some((field) => field.path === 'reason'));
  });
});
