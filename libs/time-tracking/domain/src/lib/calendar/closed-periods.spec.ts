import { LocalDate, TeamId } from '@billing/shared/kernel';
import { TEAM_RED } from '../testing/fixtures';
import { NOTHING_CLOSED, closedPeriodLookup } from './closed-periods';

const day = (text: string) => text as LocalDate;
const OTHER_TEAM = '00000000-0000-4000-8000-00000000beef' as TeamId;

describe('closed period look-up from a precomputed set', () => {
  const isClosed = closedPeriodLookup({ organisationWide: ['2026-02'], byTeam: { [TEAM_RED]: ['2026-03'] } });

  it.each([
    ['2026-02-28', undefined, true], // organisation-wide
    ['2026-02-01', TEAM_RED, true], // organisation-wide also closes it for every team
    ['2026-03-31', TEAM_RED, true], // closed for the red team only
    ['2026-03-31', undefined, false], // members without a team are not affected by a team close
    ['2026-04-01', TEAM_RED, false],
  ] as const)('%s for team %s: closed %s', (date, teamId, expected) => {
    expect(isClosed(day(date), teamId)).toBe(expected);
  });

  it('a team reopened out of an organisation-wide close is writable; other teams and members without a team are not', () => {
    const reopenedRed = closedPeriodLookup({ organisationWide: ['2026-02'], exceptTeams: { '2026-02': [TEAM_RED] } });
    expect(reopenedRed(day('2026-02-10'), TEAM_RED)).toBe(false);
    expect(reopenedRed(day('2026-02-10'), OTHER_TEAM)).toBe(true);
    expect(reopenedRed(day('2026-02-10'))).toBe(true);
  });

  it('NOTHING_CLOSED closes nothing', () => {
    expect(NOTHING_CLOSED(day('2026-02-28'))).toBe(false);
  });
});
