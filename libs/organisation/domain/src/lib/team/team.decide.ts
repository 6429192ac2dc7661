import {
  ConflictError,
  Decider,
  NotFoundError,
  RuleViolationError,
  TeamId,
  assertNever,
} from '@billing/shared/kernel';
import { FieldChecks } from '../shared/field-checks';
import { TeamCommand } from './team.commands';
import { TeamEvent } from './team.events';

export type TeamState =
  | { status: 'none' }
  | {
      status: 'active' | 'archived';
      teamId: TeamId;
      name: string;
      responsibleIds: string[];
    };

export const initialTeamState: TeamState = { status: 'none' };

export function evolveTeam(state: TeamState, event: TeamEvent): TeamState {
  switch (event.type) {
    case 'team-created':
      return {
        status: 'active',
        ...event.data,
        responsibleIds: [...event.data.responsibleIds],
      };
    case 'team-renamed':
      return state.status === 'none'
        ? state
        : { ...state, name: event.data.name };
    case 'team-responsibles-changed':
      return state.status === 'none'
        ? state
        : { ...state, responsibleIds: [...event.data.responsibleIds] };
    case 'team-archived':
      return state.status === 'none' ? state : { ...state, status: 'archived' };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function activeTeam(
  state: TeamState,
  teamId: TeamId,
): Exclude<TeamState, { status: 'none' }> {
  if (state.status === 'none') throw new NotFoundError('Team', teamId);
  if (state.status === 'archived')
    throw new RuleViolationError('TEAM_ARCHIVED', `Team ${teamId} is archived`);
  return state;
}

const sameMembers = (
  left: readonly string[],
  right: readonly string[],
): boolean =>
  left.length === right.length && left.every((id) => right.includes(id));

export function decideTeam(
  command: TeamCommand,
  state: TeamState,
): TeamEvent[] {
  const checks = new FieldChecks();
  switch (command.type) {
    case 'create-team': {
      if (state.status !== 'none')
        throw new ConflictError('TEAM_ALREADY_EXISTS', {
          teamId: command.data.teamId,
        });
      const teamId = checks.id(command.data.teamId, 'teamId');
      const name = checks.name(command.data.name);
      const responsibleIds = checks.ids(
        command.data.responsibleIds,
        'responsibleIds',
      );
      checks.throwIfAny();
      return [{ type: 'team-created', data: { teamId, name, responsibleIds } }];
    }
    case 'rename-team': {
      const team = activeTeam(state, command.data.teamId);
      const name = checks.name(command.data.name);
      checks.throwIfAny();
      return name === team.name
        ? []
        : [{ type: 'team-renamed', data: { teamId: team.teamId, name } }];
    }
    case 'change-team-responsibles': {
      const team = activeTeam(state, command.data.teamId);
      const responsibleIds = checks.ids(
        command.data.responsibleIds,
        'responsibleIds',
      );
      checks.throwIfAny();
      return sameMembers(responsibleIds, team.responsibleIds)
        ? []
        : [
            {
              type: 'team-responsibles-changed',
              data: { teamId: team.teamId, responsibleIds },
            },
          ];
    }
    case 'archive-team': {
      if (state.status === 'none')
        throw new NotFoundError('Team', command.data.teamId);
      return state.status === 'archived'
        ? []
        : [{ type: 'team-archived', data: { teamId: state.teamId } }];
    }
    default:
      return assertNever(command, 'team command');
  }
}

export const teamDecider: Decider<
  TeamCommand,
  TeamState,
  TeamEvent,
  undefined
> = {
  decide: (command, state) => decideTeam(command, state),
  evolve: evolveTeam,
  initialState: initialTeamState,
};
