import { MemberId, TeamId, parseTimeZone } from '@billing/shared/kernel';
import { ChecklistSnapshot } from '../checklist/checklist';
import { PeriodDecisionContext } from '../period/period.context';
import { PeriodEvent } from '../period/period.events';

/** Fixed ids and snapshots for the specs. */
const uuid = (suffix: string) => `00000000-0000-4000-8000-${suffix.padStart(12, '0')}`;

export const FINANCE = uuid('f1') as MemberId;
export const TEAM_RED = uuid('7e1') as TeamId;
export const TEAM_BLUE = uuid('7e2') as TeamId;
export const UNKNOWN_TEAM = uuid('7e9') as TeamId;

export const NEW_YORK = parseTimeZone('America/New_York');

export const context: PeriodDecisionContext = {
  timeZone: NEW_YORK,
  isKnownTeam: (teamId) => teamId === TEAM_RED || teamId === TEAM_BLUE,
};

/** March 2026 in New York ends 2026-04-01T04:00:00Z (EDT, UTC-4). */
export const AFTER_MARCH = '2026-04-02T15:00:00Z';

export const clearChecklist = (teamIds: TeamId[] | null = null): ChecklistSnapshot => ({
  periodKey: '2026-03',
  teamIds,
  computedAt: AFTER_MARCH,
  items: [
    { item: 'running-timers', status: 'clear', count: 0, findings: [], truncated: false },
    { item: 'unbilled-billable-hours', status: 'info', count: 1, seconds: 3_600, findings: [], truncated: false },
  ],
});

/** One running timer left open: a finding that holds the close up. */
export const checklistWithRunningTimer = (): ChecklistSnapshot => ({
  ...clearChecklist(),
  items: [{ item: 'running-timers', status: 'open', count: 1, findings: [], truncated: false }],
});

export const closedOrganisationWide = (note: string | null = null): PeriodEvent => ({
  type: 'period-closed',
  data: { periodKey: '2026-03', organisationWide: true, teamIds: [], note, checklist: clearChecklist() },
});

export const closedForTeams = (...teamIds: TeamId[]): PeriodEvent => ({
  type: 'period-closed',
  data: { periodKey: '2026-03', organisationWide: false, teamIds, note: null, checklist: clearChecklist(teamIds) },
});

export const reopened = (organisationWide: boolean, teamIds: TeamId[], reason = 'Late corrections'): PeriodEvent => ({
  type: 'period-reopened',
  data: { periodKey: '2026-03', organisationWide, teamIds, reason },
});
