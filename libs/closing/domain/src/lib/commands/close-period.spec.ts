import { ConflictError, RuleViolationError, ValidationError } from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { periodDecider } from '../period/period.decider';
import { ClosePeriod } from '../period/period.commands';
import {
  AFTER_MARCH,
  FINANCE,
  TEAM_BLUE,
  TEAM_RED,
  UNKNOWN_TEAM,
  checklistWithRunningTimer,
  clearChecklist,
  closedForTeams,
  closedOrganisationWide,
  context,
  reopened,
} from '../testing/fixtures';

const close = (data: Partial<ClosePeriod['data']> = {}, at = AFTER_MARCH): ClosePeriod => ({
  type: 'close-period',
  actorId: FINANCE,
  at,
  data: { periodKey: '2026-03', checklist: clearChecklist(), ...data },
});

describe('close a period', () => {
  const period = spec(periodDecider, context);

  it('closes the whole organisation, carrying the checklist snapshot', () => {
    period.given([]).when(close()).then([closedOrganisationWide()]);
  });

  it('closes for some teams only', () => {
    period
      .given([])
      .when(close({ teamIds: [TEAM_RED, TEAM_BLUE], checklist: clearChecklist([TEAM_RED, TEAM_BLUE]) }))
      .then([closedForTeams(TEAM_RED, TEAM_BLUE)]);
  });

  it('closes another team after one was closed', () => {
    period
      .given([closedForTeams(TEAM_RED)])
      .when(close({ teamIds: [TEAM_BLUE], checklist: clearChecklist([TEAM_BLUE]) }))
      .then([closedForTeams(TEAM_BLUE)]);
  });

  it('closes organisation-wide over a team close', () => {
    period.given([closedForTeams(TEAM_RED)]).when(close()).then([closedOrganisationWide()]);
  });

  it('re-closes after a reopening', () => {
    period.given([closedOrganisationWide(), reopened(true, [])]).when(close()).then([closedOrganisationWide()]);
  });

  it('closes with open findings when a note says why', () => {
    period
      .given([])
      .when(close({ checklist: checklistWithRunningTimer(), note: '  Timer of a member on leave, stopped by payroll  ' }))
      .then([
        {
          type: 'period-closed',
          data: {
            periodKey: '2026-03',
            organisationWide: true,
            teamIds: [],
            note: 'Timer of a member on leave, stopped by payroll',
            checklist: checklistWithRunningTimer(),
          },
        },
      ]);
  });

  it('refuses open findings without a note (400 naming note)', () => {
    period
      .given([])
      .when(close({ checklist: checklistWithRunningTimer(), note: '   ' }))
      .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'note' && error.fields[0].reason.includes('1 open finding'));
  });

  it('does not count informational items (unbilled hours) as open findings', () => {
    period.given([]).when(close({ checklist: clearChecklist() })).then([closedOrganisationWide()]);
  });

  it('refuses a period already closed organisation-wide', () => {
    period
      .given([closedOrganisationWide()])
      .when(close())
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_ALREADY_CLOSED');
  });

  it('refuses a team that is already closed, naming it', () => {
    period
      .given([closedForTeams(TEAM_RED)])
      .when(close({ teamIds: [TEAM_BLUE, TEAM_RED] }))
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_ALREADY_CLOSED' && JSON.stringify(error.details['teamIds']) === JSON.stringify([TEAM_RED]));
  });

  it('refuses a team covered by the organisation-wide close', () => {
    period
      .given([closedOrganisationWide()])
      .when(close({ teamIds: [TEAM_RED] }))
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_ALREADY_CLOSED');
  });

  it('closes a team reopened out of the organisation-wide close again, by name', () => {
    period
      .given([closedOrganisationWide(), reopened(false, [TEAM_RED])])
      .when(close({ teamIds: [TEAM_RED], checklist: clearChecklist([TEAM_RED]) }))
      .then([closedForTeams(TEAM_RED)]);
  });

  it('refuses an organisation-wide close while it holds, even with teams carved out (close them by name)', () => {
    period
      .given([closedOrganisationWide(), reopened(false, [TEAM_RED])])
      .when(close())
      .thenThrows(ConflictError, (error) => error.code === 'PERIOD_ALREADY_CLOSED' && error.message.includes(TEAM_RED));
  });

  it('refuses the current month before it ends in the organisation zone', () => {
    // 2026-04-01T03:59:59Z is still 23:59:59 on 31 March in New York (UTC-4): March has not ended there
    period
      .given([])
      .when(close({}, '2026-04-01T03:59:59Z'))
      .thenThrows(RuleViolationError, (error) => error.code === 'PERIOD_NOT_ENDED');
  });

  it('closes at the first instant after the month ends in the zone', () => {
    period.given([]).when(close({}, '2026-04-01T04:00:00Z')).then([closedOrganisationWide()]);
  });

  it('refuses a future period', () => {
    period
      .given([])
      .when(close({ periodKey: '2026-05' }))
      .thenThrows(RuleViolationError, (error) => error.code === 'PERIOD_NOT_ENDED');
  });

  it('refuses bad input, naming every field', () => {
    period
      .given([])
      .when(close({ periodKey: '2026-13', teamIds: [UNKNOWN_TEAM, 'nope' as never] }))
      .thenThrows(
        ValidationError,
        (error) => JSON.stringify(error.fields.map((field) => field.path)) === JSON.stringify(['period', 'teamIds[0]', 'teamIds[1]']),
      );
  });

  it('refuses an empty team list (leave it out for the organisation)', () => {
    period
      .given([])
      .when(close({ teamIds: [] }))
      .thenThrows(ValidationError, (error) => error.fields[0]?.path === 'teamIds');
  });
});
