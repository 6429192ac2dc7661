import {
  ConflictError,
  LocalDate,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '@billing/shared/kernel';
import { spec } from '@billing/shared/testing';
import { actorId, ids } from '../testing/fixtures';
import { teamMembershipDecider } from './team-membership.decide';
import { teamOfMemberOn } from './team-of-member-on';
import { teamDecider } from './team.decide';
import { TeamEvent, TeamMembershipEvent } from './team.events';

const d = (value: string) => value as LocalDate;
const created: TeamEvent = {
  type: 'team-created',
  data: { teamId: ids.teamA, name: 'Design', responsibleIds: [ids.bob] },
};
const teams = spec(teamDecider);

describe('team commands', () => {
  it('creates a team', () => {
    teams
      .given([])
      .when({
        type: 'create-team',
        actorId,
        data: {
          teamId: ids.teamA,
          name: ' Design ',
          responsibleIds: [ids.bob],
        },
      })
      .then([created]);
  });

  it('rejects a duplicate team, an empty name and duplicate responsibles', () => {
    teams
      .given([created])
      .when({
        type: 'create-team',
        actorId,
        data: { teamId: ids.teamA, name: 'X', responsibleIds: [] },
      })
      .thenThrows(ConflictError, (e) => e.code === 'TEAM_ALREADY_EXISTS');
    const error = teams
      .given([])
      .when({
        type: 'create-team',
        actorId,
        data: {
          teamId: ids.teamA,
          name: ' ',
          responsibleIds: [ids.bob, ids.bob],
        },
      })
      .thenThrows(ValidationError);
    expect(error.fields.map((field) => field.path)).toEqual([
      'name',
      'responsibleIds',
    ]);
  });

  it('renames and changes responsibles, ignoring no-ops', () => {
    teams
      .given([created])
      .when({
        type: 'rename-team',
        actorId,
        data: { teamId: ids.teamA, name: 'Product design' },
      })
      .then([
        {
          type: 'team-renamed',
          data: { teamId: ids.teamA, name: 'Product design' },
        },
      ]);
    teams
      .given([created])
      .when({
        type: 'rename-team',
        actorId,
        data: { teamId: ids.teamA, name: 'Design' },
      })
      .thenNothingHappens();
    teams
      .given([created])
      .when({
        type: 'change-team-responsibles',
        actorId,
        data: { teamId: ids.teamA, responsibleIds: [ids.alice, ids.bob] },
      })
      .then([
        {
          type: 'team-responsibles-changed',
          data: { teamId: ids.teamA, responsibleIds: [ids.alice, ids.bob] },
        },
      ]);
  });

  it('refuses updates to an archived team; archiving twice is a no-op', () => {
    const archived: TeamEvent = {
      type: 'team-archived',
      data: { teamId: ids.teamA },
    };
    teams
      .given([created])
      .when({ type: 'archive-team', actorId, data: { teamId: ids.teamA } })
      .then([archived]);
    teams
      .given([created, archived])
      .when({ type: 'archive-team', actorId, data: { teamId: ids.teamA } })
      .thenNothingHappens();
    teams
      .given([created, archived])
      .when({
        type: 'rename-team',
        actorId,
        data: { teamId: ids.teamA, name: 'New' },
      })
      .thenThrows(RuleViolationError, (e) => e.code === 'TEAM_ARCHIVED');
    teams
      .given([])
      .when({
        type: 'rename-team',
        actorId,
        data: { teamId: ids.teamA, name: 'New' },
      })
      .thenThrows(NotFoundError);
  });
});

describe('effective-dated team membership', () => {
  const joinedA: TeamMembershipEvent = {
    type: 'member-assigned-to-team',
    data: { memberId: ids.alice, teamId: ids.teamA, from: d('2026-01-01') },
  };
  const movedToB: TeamMembershipEvent = {
    type: 'member-assigned-to-team',
    data: { memberId: ids.alice, teamId: ids.teamB, from: d('2026-03-16') },
  };
  const memberships = spec(teamMembershipDecider, {
    team: { archived: false },
    memberActive: true,
  });

  it('moves a member to another team from a date', () => {
    memberships
      .given([joinedA])
      .when({
        type: 'assign-member-to-team',
        actorId,
        data: { memberId: ids.alice, teamId: ids.teamB, from: d('2026-03-16') },
      })
      .then([movedToB]);
  });

  it('is a no-op when the member is already in that team on that date', () => {
    memberships
      .given([joinedA, movedToB])
      .when({
        type: 'assign-member-to-team',
        actorId,
        data: { memberId: ids.alice, teamId: ids.teamA, from: d('2026-02-01') },
      })
      .thenNothingHappens();
  });

  it('rejects an unknown or archived team, a deactivated member and a bad date', () => {
    const assign = {
      type: 'assign-member-to-team' as const,
      actorId,
      data: { memberId: ids.alice, teamId: ids.teamB, from: d('2026-03-16') },
    };
    memberships
      .given([])
      .when(assign, { memberActive: true })
      .thenThrows(NotFoundError);
    memberships
      .given([])
      .when(assign, { team: { archived: true }, memberActive: true })
      .thenThrows(RuleViolationError, (e) => e.code === 'TEAM_ARCHIVED');
    memberships
      .given([])
      .when(assign, { team: { archived: false }, memberActive: false })
      .thenThrows(RuleViolationError, (e) => e.code === 'MEMBER_DEACTIVATED');
    memberships
      .given([])
      .when({ ...assign, data: { ...assign.data, from: d('2026-02-30') } })
      .thenThrows(ValidationError, (e) => e.fields[0]?.path === 'from');
  });

  it('unassigns from a date, and unassigning someone in no team is a no-op', () => {
    memberships
      .given([joinedA])
      .when({
        type: 'unassign-member-from-team',
        actorId,
        data: { memberId: ids.alice, from: d('2026-06-01') },
      })
      .then([
        {
          type: 'member-unassigned-from-team',
          data: { memberId: ids.alice, from: d('2026-06-01') },
        },
      ]);
    memberships
      .given([])
      .when({
        type: 'unassign-member-from-team',
        actorId,
        data: { memberId: ids.alice, from: d('2026-06-01') },
      })
      .thenNothingHappens();
  });

  it('answers "team of member on date" over the whole history, back-dated corrections included', () => {
    const events: TeamMembershipEvent[] = [
      joinedA,
      movedToB,
      {
        type: 'member-unassigned-from-team',
        data: { memberId: ids.alice, from: d('2026-07-01') },
      },
      // correction entered later: the move to B really happened on 1 March
      {
        type: 'member-assigned-to-team',
        data: { memberId: ids.alice, teamId: ids.teamB, from: d('2026-03-01') },
      },
    ];
    const { history } = events.reduce(
      teamMembershipDecider.evolve,
      teamMembershipDecider.initialState,
    );
    expect(teamOfMemberOn(history, d('2025-12-31'))).toBeUndefined(); // before the first assignment
    expect(teamOfMemberOn(history, d('2026-01-01'))).toBe(ids.teamA); // from-date is inclusive
    expect(teamOfMemberOn(history, d('2026-02-28'))).toBe(ids.teamA);
    expect(teamOfMemberOn(history, d('2026-03-01'))).toBe(ids.teamB); // corrected move
    expect(teamOfMemberOn(history, d('2026-06-30'))).toBe(ids.teamB);
    expect(teamOfMemberOn(history, d('2026-07-01'))).toBeUndefined(); // unassigned
    expect(history.map((change) => change.from)).toEqual([
      '2026-01-01',
      '2026-03-01',
      '2026-03-16',
      '2026-07-01',
    ]);
  });
});
