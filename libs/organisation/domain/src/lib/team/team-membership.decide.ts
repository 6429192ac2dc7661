import {
  Decider,
  NotFoundError,
  RuleViolationError,
  assertNever,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import {
  TeamMembershipChange,
  teamOfMemberOn,
  withMembershipChange,
} from './team-of-member-on';
import {
  TeamMembershipCommand,
  TeamMembershipDecisionContext,
} from './team.commands';
import { TeamMembershipEvent } from './team.events';

/** The effective-dated team history of one member. */
export interface TeamMembershipState {
  history: TeamMembershipChange[];
}

export const initialTeamMembershipState: TeamMembershipState = { history: [] };

export function evolveTeamMembership(
  state: TeamMembershipState,
  event: TeamMembershipEvent,
): TeamMembershipState {
  switch (event.type) {
    case 'member-assigned-to-team':
      return {
        history: withMembershipChange(state.history, {
          from: event.data.from,
          teamId: event.data.teamId,
        }),
      };
    case 'member-unassigned-from-team':
      return {
        history: withMembershipChange(state.history, {
          from: event.data.from,
          teamId: null,
        }),
      };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * Moves are effective-dated and may be back-dated (a correction): a change on a date that already has one
 * replaces it, later changes stay in force. A change that would not alter the team on its date is a no-op.
 */
export function decideTeamMembership(
  command: TeamMembershipCommand,
  state: TeamMembershipState,
  context: TeamMembershipDecisionContext = {},
): TeamMembershipEvent[] {
  const checks = new FieldChecks();
  const memberId = checks.id(command.data.memberId, 'memberId');
  const from = checks.date(command.data.from, 'from');
  switch (command.type) {
    case 'assign-member-to-team': {
      const teamId = checks.id(command.data.teamId, 'teamId');
      checks.throwIfAny();
      if (context.team === undefined) throw new NotFoundError('Team', teamId);
      if (context.team.archived)
        throw new RuleViolationError(
          'TEAM_ARCHIVED',
          `Team ${teamId} is archived`,
        );
      if (context.memberActive === false) {
        throw new RuleViolationError(
          'MEMBER_DEACTIVATED',
          `Member ${memberId} is deactivated`,
        );
      }
      return teamOfMemberOn(state.history, from) === teamId
        ? []
        : [
            {
              type: 'member-assigned-to-team',
              data: { memberId, teamId, from },
            },
          ];
    }
    case 'unassign-member-from-team':
      checks.throwIfAny();
      return teamOfMemberOn(state.history, from) === undefined
        ? []
        : [{ type: 'member-unassigned-from-team', data: { memberId, from } }];
    default:
      return assertNever(command, 'team membership command');
  }
}

export const teamMembershipDecider: Decider<
  TeamMembershipCommand,
  TeamMembershipState,
  TeamMembershipEvent,
  TeamMembershipDecisionContext
> = {
  decide: decideTeamMembership,
  evolve: evolveTeamMembership,
  initialState: initialTeamMembershipState,
};
